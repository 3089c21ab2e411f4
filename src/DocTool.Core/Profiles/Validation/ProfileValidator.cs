using System.Globalization;
using DocTool.Core.Diagnostics;
using Json.Schema;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// Checks a profile against format version 1: the JSON Schema (<c>schema/profile-v1.schema.json</c>,
/// embedded) and the rules a schema cannot express. Every problem is reported at once, at its YAML
/// line and column, in words meant for the people who write profiles.
/// </summary>
public static class ProfileValidator
{
    // A valid profile (the usual case) is settled by a pass that only answers valid or not; the full list
    // of results, which the error messages are built from, is collected only for an invalid one.
    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    /// <summary>The embedded JSON Schema text (draft 2020-12) of profile format version 1.</summary>
    public static string SchemaJson => ProfileSchema.Text;

    /// <summary>
    /// Validates a profile read by <see cref="YamlReader"/> against the schema and the semantic rules,
    /// and reports every problem into <paramref name="bag"/> (all at once, not the first only).
    /// </summary>
    /// <param name="root">The profile's top-level mapping.</param>
    /// <param name="displayPath">The file name to print for problems that concern the whole file.</param>
    /// <param name="packLanguages">The languages of the template pack the profile is built with.</param>
    /// <param name="bag">Receives the diagnostics.</param>
    public static void Validate(YMapping root, string displayPath, IReadOnlySet<string> packLanguages, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(packLanguages);
        ArgumentNullException.ThrowIfNull(bag);

        var local = new DiagnosticBag();
        if (root["profile_version"] is null && root["org"] is null)
        {
            // Another YAML file (an overrides file, a CI workflow, a glossary) rather than a broken
            // profile: one line that says so, not a dozen missing sections.
            var keys = string.Join(", ", root.Entries.Take(3).Select(e => $"`{e.Key.Text}`"));
            local.Error(root.Span, Codes.NotAProfile, $"not a profile: `profile_version` is missing (the file starts with {keys}); a profile starts with `profile_version: 1`");
        }
        else if (SemanticRules.CheckVersion(root, local))
        {
            using var projection = JsonProjection.Create(root, ProfileLimits.Default.MaxNodes);
            if (projection.Document is null)
            {
                local.Error(root.Span, Codes.AliasBomb, string.Create(CultureInfo.InvariantCulture,
                    $"the profile expands to more than {ProfileLimits.Default.MaxNodes:N0} values (anchors and aliases repeated inside each other); a profile needs far fewer"));
            }
            else
            {
                if (!ProfileSchema.Evaluator.Evaluate(projection.Document.RootElement, Quick).IsValid)
                {
                    var results = ProfileSchema.Evaluator.Evaluate(projection.Document.RootElement, Options);
                    SchemaErrorMapper.Report(results, projection, [.. packLanguages.Order(StringComparer.Ordinal)], local);
                }

                SemanticRules.Check(root, packLanguages, local);
            }
        }

        // Nodes built in code may carry no file name; print the profile's.
        foreach (var diagnostic in local.Sorted)
        {
            bag.Add(diagnostic.Span.File.Length == 0 ? diagnostic with { Span = diagnostic.Span with { File = displayPath } } : diagnostic);
        }
    }
}
