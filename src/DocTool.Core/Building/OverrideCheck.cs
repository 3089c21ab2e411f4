using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;

namespace DocTool.Core.Building;

/// <summary>
/// For <c>doctool validate</c>: applies a profile's clause overrides to the model documents in each of
/// its languages, as <c>build</c> does (to Markdown, in memory), so an unknown clause id, a missing
/// language text or a removed clause that is still referred to is reported at the override file's line.
/// </summary>
public static class OverrideCheck
{
    /// <summary>Reports what <c>build</c> would say about the overrides of a valid profile.</summary>
    public static void Run(LoadedProfile profile, DocumentRenderer renderer, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(renderer);

        // Problems with the override files themselves were reported by DocumentRenderer.CheckAssets.
        var pack = renderer.Pack;
        var overrides = OverrideLoader.Load(profile, [.. pack.Documents.Select(d => d.Id)], new DiagnosticBag());
        if (overrides.Count == 0)
        {
            return;
        }

        var languages = profile.List("languages.generate");
        foreach (var document in pack.Documents.Where(d => overrides.Any(o => o.Document == d.Id)))
        {
            foreach (var language in languages.Where(document.Languages.Contains))
            {
                renderer.Render(profile, document, language, OutputFormat.Markdown, bag, overrides);
            }
        }
    }
}
