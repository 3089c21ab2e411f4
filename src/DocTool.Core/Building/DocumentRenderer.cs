using System.Globalization;
using System.Text;
using DocTool.Core.Diagnostics;
using DocTool.Core.Docx;
using DocTool.Core.Localization;
using DocTool.Core.Markdown;
using DocTool.Core.Packs;
using DocTool.Core.Profiles;
using DocTool.Core.Templating;

namespace DocTool.Core.Building;

/// <summary>Renders documents of one profile: template → Markdown → .docx, in memory.</summary>
public sealed class DocumentRenderer(TemplateEngine engine)
{
    // Regions whose paper is US Letter (CLDR measurement data); everywhere else A4.
    private static readonly HashSet<string> LetterCountries = new(StringComparer.Ordinal)
    {
        "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "PR", "SV", "NI", "BZ",
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ReferenceDoc?> _references = new(StringComparer.Ordinal);

    /// <summary>The pack.</summary>
    public TemplatePack Pack => engine.Pack;

    /// <summary>A reference .docx for every document (<c>--reference-doc</c>); otherwise the profile's <c>org.branding.reference_doc</c>.</summary>
    public string? ReferenceDocPath { get; init; }

    /// <summary>Use the primary language's text where a text field lacks the document's language (each use is a warning); otherwise an error.</summary>
    public bool AllowFallback { get; init; }

    /// <summary>The slug of the organisation: its short name, else its name.</summary>
    public static string OrgSlug(LoadedProfile profile) =>
        Slug.Make(profile.Value("org.short_name") as string ?? (profile.Root["org"] as YMapping)?["name"] switch
        {
            YScalar s => s.Text,
            YMapping m => m.Entries.Select(e => (e.Value as YScalar)?.Text).FirstOrDefault(t => t is not null),
            _ => null,
        });

    private static Templating.Messages.OrgGrammar OrgNames(LoadedProfile profile, Scriban.Runtime.ScriptObject data, string language)
    {
        var org = data["org"] as Scriban.Runtime.ScriptObject;
        var shortName = org?["short_name"] as string ?? string.Empty;
        var name = org?["name"] as string ?? shortName;
        var facts = Templating.Messages.OrgGrammarFacts.Bare;
        if (((profile.Root["org"] as YMapping)?["grammar"] as YMapping)?[language] is YMapping grammar)
        {
            facts = new Templating.Messages.OrgGrammarFacts(
                grammar["article"] is YScalar { Value: true },
                grammar["gender"] is YScalar { Value: string gender } ? gender : null);
        }

        return new Templating.Messages.OrgGrammar(language, shortName, name, facts);
    }

    /// <summary>Renders one document in one language; null (with diagnostics) on failure.</summary>
    public IReadOnlyList<BuiltFile>? Render(LoadedProfile profile, PackDocument document, string language, OutputFormat formats, DiagnosticBag bag, CancellationToken cancellation = default) =>
        Render(profile, document, language, formats, bag, [], cancellation);

    /// <summary>Renders one document in one language with the profile's clause overrides applied.</summary>
    public IReadOnlyList<BuiltFile>? Render(LoadedProfile profile, PackDocument document, string language, OutputFormat formats, DiagnosticBag bag, IReadOnlyList<ClauseOverride> overrides, CancellationToken cancellation = default)
    {
        var local = new DiagnosticBag();
        try
        {
            return RenderCore(profile, document, language, formats, local, overrides, cancellation);
        }
        finally
        {
            bag.AddRange(local.Sorted);
        }
    }

    private List<BuiltFile>? RenderCore(LoadedProfile profile, PackDocument document, string language, OutputFormat formats, DiagnosticBag bag, IReadOnlyList<ClauseOverride> allOverrides, CancellationToken cancellation)
    {
        var template = engine.Parse(document, language, bag);
        if (template is null)
        {
            return null;
        }

        var data = DataTree.Build(profile.Root, language, bag, AllowFallback);
        if (bag.HasErrors)
        {
            return null;
        }

        var strings = Pack.Strings[language];
        var country = profile.Value("org.registration.country") as string;
        var culture = CultureResolver.For(language, country);
        var formatter = new Formatter(language, culture, strings.Get("ui.list_and"), strings.Get("ui.list_or"));
        var inclusive = (profile.Root["style"] as YMapping)?["inclusive"] is YMapping inc && inc[language] is YScalar { Value: string st } ? st : null;
        // A catalogue that cannot be read (a YAML error) is reported at its line, like a template that cannot be parsed;
        // overrides hash the model clauses with the source language's messages, so that catalogue must read too.
        MessageCatalogue? messages = null;
        if (document.IsSkeleton
            && ((messages = Pack.Messages(document, language, bag)) is null
                || (allOverrides.Any(o => o.Document == document.Id) && Pack.Messages(document, Pack.SourceLanguage, bag) is null)))
        {
            return null;
        }

        var services = new HelperServices(language, formatter, strings, Pack.Termbases[language], inclusive, profile.Value("finance.currency.functional") as string ?? "USD")
        {
            Messages = messages,
            Org = OrgNames(profile, data, language),
        };
        var title = document.Titles.TryGetValue(language, out var t) ? t : document.Id;
        var doc = new Scriban.Runtime.ScriptObject
        {
            ["id"] = document.Id,
            ["lang"] = language,
            ["title"] = title,
        };
        data["doc"] = doc;

        var markdown = engine.Render(template, data, services, bag, cancellation);
        if (markdown is null)
        {
            return null;
        }

        var overrides = allOverrides.Where(o => o.Document == document.Id).ToList();
        if (overrides.Count > 0)
        {
            var modelHashes = Pack.ClauseHashes(document, language);
            var annex = ((profile.Root["overrides"] as YMapping)?["annex"] as YScalar)?.Value is not false;
            markdown = ClauseEditor.Apply(markdown, overrides, language, strings, modelHashes, annex, bag);
            if (bag.HasErrors)
            {
                return null;
            }
        }

        var parsed = MarkdownParser.Parse(markdown, PackLoader.Display(Pack.TemplatePath(document, language)), bag);
        if (parsed is null)
        {
            return null;
        }

        var org = OrgSlug(profile);
        var baseName = $"{org}/{language}/{document.Id}";
        var files = new List<BuiltFile>();
        if (formats.HasFlag(OutputFormat.Markdown))
        {
            files.Add(new BuiltFile(baseName + ".md", org, document.Id, language, title, "md", Encoding.UTF8.GetBytes(parsed.Markdown), profile.Sha256));
        }

        if (formats.HasFlag(OutputFormat.Docx))
        {
            var logo = LoadLogo(profile, bag);
            var reference = LoadReference(profile, bag);
            if (bag.HasErrors)
            {
                return null;
            }

            var adoption = profile.Value("style.date_of_adoption") as string;
            var request = new DocxRequest
            {
                Document = parsed,
                Title = title,
                OrgName = data["org"] is Scriban.Runtime.ScriptObject o && o["name"] is string n ? n : org,
                Version = profile.Value("style.version") is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture)! : "1.0",
                AdoptedOn = adoption is not null && DateOnly.TryParseExact(adoption, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? formatter.Date(date) : string.Empty,
                Language = language,
                Culture = culture,
                Strings = strings,
                DocumentId = document.Id,
                PackId = Pack.Id,
                PackVersion = Pack.Version,
                ProfileHash = profile.Sha256,
                PrimaryColour = profile.Value("org.branding.colours.primary") as string,
                Font = profile.Value("org.branding.font") as string,
                Logo = logo,
                Reference = reference,
                LetterPaper = country is not null && LetterCountries.Contains(country),
            };
            files.Add(new BuiltFile(baseName + ".docx", org, document.Id, language, title, "docx", DocxWriter.Write(request), profile.Sha256));
        }

        return files;
    }

    private ReferenceDoc? LoadReference(LoadedProfile profile, DiagnosticBag bag)
    {
        var node = ReferenceDocField(profile);
        var path = ReferenceDocPath ?? (node?.Value is string relative ? Path.GetFullPath(Path.Combine(profile.Folder, relative)) : null);
        if (path is null)
        {
            return null;
        }

        var span = ReferenceDocPath is null && node is not null ? node.Span : SourceSpan.ForFile("--reference-doc");
        var local = new DiagnosticBag();
        var loaded = _references.GetOrAdd(path, p => ReferenceDoc.Load(p, span, local));
        bag.AddRange(local.Sorted);
        if (loaded is null && local.Count == 0)
        {
            bag.Error(span, Codes.BadReferenceDoc, $"the reference document `{path}` cannot be used (see the first error about it)");
        }

        return loaded;
    }

    /// <summary>
    /// Checks the files a profile points to — the logo, the reference document and the overrides folder —
    /// the way a build reads them, so <c>doctool validate</c> reports what <c>build</c> would.
    /// </summary>
    public static void CheckAssets(LoadedProfile profile, TemplatePack pack, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(pack);
        LoadLogo(profile, bag);
        var node = ReferenceDocField(profile);
        if (node?.Value is string relative && relative.Length > 0)
        {
            ReferenceDoc.Load(Path.GetFullPath(Path.Combine(profile.Folder, relative)), node.Span, bag);
        }

        OverrideLoader.Load(profile, [.. pack.Documents.Select(d => d.Id)], bag);
    }

    /// <summary>The profile's <c>org.branding.reference_doc</c> field, with its position for messages.</summary>
    private static YScalar? ReferenceDocField(LoadedProfile profile) =>
        ((profile.Root["org"] as YMapping)?["branding"] as YMapping)?["reference_doc"] as YScalar;

    private static DocxImage? LoadLogo(LoadedProfile profile, DiagnosticBag bag)
    {
        if (profile.Value("org.branding.logo") is not string relative || relative.Length == 0)
        {
            return null;
        }

        var logoNode = ((profile.Root["org"] as YMapping)?["branding"] as YMapping)?["logo"];
        var span = logoNode?.Span ?? SourceSpan.ForFile(profile.Display);
        var path = Path.GetFullPath(Path.Combine(profile.Folder, relative));
        if (!File.Exists(path))
        {
            bag.Error(span, Codes.BadAsset, $"the logo file `{relative}` was not found next to the profile (looked for {path})");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > 5 * 1024 * 1024)
        {
            bag.Error(span, Codes.BadAsset, $"the logo `{relative}` is {info.Length / 1024 / 1024} MiB; use an image under 5 MiB");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = IO.InputFile.ReadAllBytes(path, 5 * 1024 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(span, Codes.BadAsset, $"the logo `{relative}` cannot be read: {e.Message}");
            return null;
        }

        var image = ImageInfo.Read(bytes);
        if (image is null)
        {
            bag.Error(span, Codes.BadAsset, $"the logo `{relative}` is not a PNG or JPEG image (its content, not its name, was checked)");
            return null;
        }

        var (type, w, h) = image.Value;
        if (w <= 0 || h <= 0 || w > 8000 || h > 8000)
        {
            bag.Error(span, Codes.BadAsset, $"the logo `{relative}` says it is {w} × {h} pixels; use an image of at most 8000 × 8000 pixels");
            return null;
        }

        // Nothing identifying in the output: the logo's EXIF/XMP (GPS position, camera, author) is left behind.
        return new DocxImage(ImageMetadata.Strip(bytes, type), type, w, h);
    }
}
