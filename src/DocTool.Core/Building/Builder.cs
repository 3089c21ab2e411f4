using DocTool.Core.Diagnostics;
using DocTool.Core.IO;
using DocTool.Core.Packs;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>The outcome of a build.</summary>
public sealed record BuildOutcome(int ExitCode, IReadOnlyList<BuiltFile> Written, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// <c>doctool build</c>: validates the profile, renders every requested document and language in
/// memory, and only when everything succeeded writes the files (atomically) and the manifest.
/// </summary>
public sealed class Builder(TemplatePack pack, string toolVersion)
{
    private readonly Templating.TemplateEngine _engine = new(pack);

    /// <summary>Runs the build.</summary>
    public BuildOutcome Build(BuildRequest request, CancellationToken cancellation = default)
    {
        var renderer = new DocumentRenderer(_engine) { ReferenceDocPath = request.ReferenceDoc is null ? null : Path.GetFullPath(request.ReferenceDoc), AllowFallback = request.AllowFallback };
        var bag = new DiagnosticBag();
        if (!OutputFolder.Check(request.OutputDirectory, bag))
        {
            return new BuildOutcome(1, [], bag.Sorted);
        }

        var documents = pack.SelectDocuments(request.Documents, bag);
        pack.SelectLanguages(request.Languages, bag);

        var profiles = new List<LoadedProfile>();
        foreach (var path in ProfileDiscovery.Expand(request.ProfilePaths, bag))
        {
            if (ProfileLoader.Load(path, pack, bag) is { } loaded)
            {
                profiles.Add(loaded);
            }
        }

        CheckDistinctOrganisations(profiles, bag);
        if (bag.HasErrors)
        {
            return new BuildOutcome(2, [], bag.Sorted);
        }

        // Everything is rendered in memory first: with bad input, nothing is written.
        var files = new List<BuiltFile>();
        foreach (var profile in profiles)
        {
            var overrides = OverrideLoader.Load(profile, [.. pack.Documents.Select(d => d.Id)], bag);
            var languages = request.Languages.Count > 0 ? request.Languages.Distinct().ToList() : profile.List("languages.generate");
            foreach (var document in documents)
            {
                foreach (var language in languages)
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (!document.Languages.Contains(language))
                    {
                        var message = $"`{document.Id}` is not yet available in `{language}` (the pack has it in {string.Join(", ", document.Languages)})";
                        if (request.Languages.Count > 0 && request.Documents.Count > 0)
                        {
                            bag.Error(SourceSpan.ForFile("--lang"), Codes.UnknownLanguage, message);
                        }
                        else
                        {
                            bag.Warning(SourceSpan.ForFile(profile.Display), Codes.UnknownLanguage, message + "; skipped");
                        }

                        continue;
                    }

                    var built = renderer.Render(profile, document, language, request.Formats, bag, overrides, cancellation);
                    if (built is not null)
                    {
                        files.AddRange(built);
                    }
                }
            }
        }

        if (bag.HasErrors)
        {
            return new BuildOutcome(2, [], bag.Sorted);
        }

        var written = new List<BuiltFile>();
        List<BuiltFile> pdfOutputs = [];
        try
        {
            foreach (var file in files)
            {
                if (cancellation.IsCancellationRequested)
                {
                    break;
                }

                AtomicFile.Write(ConfinedPath.Inside(request.OutputDirectory, file.RelativePath), file.Bytes);
                written.Add(file);
            }

            var entries = new List<BuiltFile>(written);
            if (request.Pdf is not null && !cancellation.IsCancellationRequested)
            {
                // After the .docx files are written: LibreOffice reads them from the output folder.
                var (pdfEntries, pdfErrors) = Pdf.PdfOutputs.Produce(request.OutputDirectory, [.. written.Where(f => f.Format == "docx")], request.Pdf);
                entries.AddRange(pdfEntries);
                pdfOutputs = [.. pdfEntries.Where(f => f.Format == "pdf")];
                bag.AddRange(pdfErrors);
            }

            if (written.Count > 0)
            {
                AtomicFile.Write(Path.Combine(request.OutputDirectory, Manifest.FileName), Manifest.Merge(request.OutputDirectory, entries, toolVersion, pack.Id, pack.Version, pack.ContentHash));
            }

            if (written.Count < files.Count)
            {
                bag.Error(SourceSpan.ForFile(request.OutputDirectory), Codes.Cancelled, $"cancelled: {written.Count} of {files.Count} file(s) were written completely (listed in the manifest); no partial file was left");
                return new BuildOutcome(1, written, bag.Sorted);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(SourceSpan.ForFile(request.OutputDirectory), Codes.OutputFailed, OutputFolder.Describe(e, request.OutputDirectory));
            return new BuildOutcome(1, [], bag.Sorted);
        }

        return new BuildOutcome(bag.HasErrors ? 1 : 0, [.. files, .. pdfOutputs], bag.Sorted);
    }

    private static void CheckDistinctOrganisations(List<LoadedProfile> profiles, DiagnosticBag bag)
    {
        foreach (var group in profiles.GroupBy(DocumentRenderer.OrgSlug).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                bag.Error(SourceSpan.ForFile(other.Display), Codes.Usage, $"this profile writes to the same folder `{group.Key}/` as {first.Display}; give each organisation its own `org.short_name`");
            }
        }
    }
}
