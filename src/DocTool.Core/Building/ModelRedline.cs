using DocTool.Core.Diagnostics;
using DocTool.Core.Diffing;
using DocTool.Core.Diffing.Redline;
using DocTool.Core.Packs;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>
/// <c>doctool diff --model PROFILE --doc ID --lang L --redline OUT.docx</c>: the document as the profile
/// builds it, against the network's model (the same profile built without its clause overrides), as
/// tracked changes. Each changed clause's comment says which override made the change.
/// </summary>
public static class ModelRedline
{
    /// <summary>Makes the redline, or null with diagnostics when either version cannot be built.</summary>
    public static byte[]? Write(LoadedProfile profile, DocumentRenderer renderer, PackDocument document, string language, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(document);
        var overrides = OverrideLoader.Load(profile, [.. renderer.Pack.Documents.Select(d => d.Id)], bag).Where(o => o.Document == document.Id).ToList();
        var model = renderer.Render(profile, document, language, OutputFormat.Docx, bag, []);
        var adapted = renderer.Render(profile, document, language, OutputFormat.Docx, bag, overrides);
        if (bag.HasErrors || model is null || adapted is null)
        {
            return null;
        }

        var before = RedlineSource.Read(model.Single(f => f.Format == "docx").Bytes);
        var after = RedlineSource.Read(adapted.Single(f => f.Format == "docx").Bytes);
        var folder = (profile.Root["overrides"] as YMapping)?["folder"] is YScalar { Text: var f } ? f.TrimEnd('/') + "/" : string.Empty;
        var file = $"{folder}{document.Id}.yaml";
        return RedlineWriter.Write(before, after, (kind, id) =>
            overrides.Find(o => o.Clause == id || o.Text.Values.Any(t => t.Contains("{#" + id + "}", StringComparison.Ordinal))) is { } o
                ? $"Adapted by the override `{o.Action.ToString().ToLowerInvariant()}` of clause `{o.Clause}` in {file} (line {o.Span.Line})."
                : kind == ChangeKind.Added && overrides.Count > 0 ? "Follows from the adaptations (the annex \"Adaptations to the model\")." : "Follows from the adaptations.");
    }

    /// <summary>Why a clause differs between two builds, from their properties: pack version and profile SHA-256.</summary>
    public static string? Reason(RedlineSource before, RedlineSource after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var pack = before.Properties.GetValueOrDefault("DocTool.PackVersion") != after.Properties.GetValueOrDefault("DocTool.PackVersion");
        var profile = before.Properties.GetValueOrDefault("DocTool.ProfileSha256") != after.Properties.GetValueOrDefault("DocTool.ProfileSha256");
        return (pack, profile) switch
        {
            (true, false) => $"The model text was updated (pack {before.Properties.GetValueOrDefault("DocTool.PackVersion")} → {after.Properties.GetValueOrDefault("DocTool.PackVersion")}).",
            (false, true) => "A profile value (or an override) changed; the model is the same.",
            (true, true) => "Both the model and the profile changed.",
            _ => null,
        };
    }
}
