using DocTool.Core.Localization;
using DocTool.Core.Markdown;
using DocTool.Core.Profiles.Validation;
using DocTool.Core.Templating;

namespace DocTool.Core.Building;

/// <summary>
/// Builds the process-wide objects every document needs (the compiled profile schema, the Markdown
/// pipeline and its parsers, Scriban's builtin modules, the ISO tables, the cultures of the languages
/// asked for) on a thread-pool thread, while the main thread reads the template pack and the profiles.
/// Without it the first documents of a batch wait for each of them in turn, one core idle; with it
/// they are ready, or being finished, when the first document needs them. Each is a thread-safe lazy
/// value, so a document that gets there first builds it itself and nothing is built twice.
/// </summary>
public static class Prewarm
{
    /// <summary>Starts building in the background; returns at once.</summary>
    /// <param name="languages">The languages asked for with <c>--lang</c>, whose cultures to load; none when the profiles decide (each document then loads its own).</param>
    public static void Start(IEnumerable<string> languages)
    {
        var list = languages.ToList();
        ThreadPool.UnsafeQueueUserWorkItem(_ => Run(list), null);
    }

    private static void Run(List<string> languages)
    {
        try
        {
            ProfileSchema.Prepare();
            SharedBuiltins.Prepare();
            MarkdownParser.Prepare();
            _ = IsoNames.CountryCodes;
            foreach (var language in languages)
            {
                _ = CultureResolver.For(language, null);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever failed here fails again, and is reported, where a document needs it.
        }
    }
}
