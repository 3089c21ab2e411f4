using System.Globalization;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;

namespace DocTool.Core.Profiles.Validation;

/// <summary>
/// The rules of the profile format that a JSON Schema cannot say (DT03xx). Each rule looks only at
/// values of the right type and form; anything else was already reported against the schema.
/// </summary>
internal static partial class SemanticRules
{
    private static readonly Lazy<Dictionary<string, Regex>> Patterns = new(() =>
    {
        var map = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var def in ProfileSchema.Root.GetProperty("$defs").EnumerateObject())
        {
            if (def.Value.TryGetProperty("pattern", out var pattern))
            {
                map[def.Name] = new Regex(pattern.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        return map;
    });

    /// <summary>
    /// Checks <c>profile_version</c>. False (with DT0310) when the file declares another format version:
    /// then nothing else is checked, because every other rule is the rule of version 1.
    /// </summary>
    public static bool CheckVersion(YMapping root, DiagnosticBag bag)
    {
        if (root["profile_version"] is not YScalar { Value: long or decimal or double } version || version.Text == "1")
        {
            return true;
        }

        if (version.Value is long and 1)
        {
            return true;
        }

        bag.Error(version.Span, Codes.ProfileVersion,
            $"this profile is in format version {version.Text}, but this DocTool reads format version 1 only; write `profile_version: 1` and the fields of format 1 (see the samples), or use a DocTool that reads version {version.Text}");
        return false;
    }

    /// <summary>Runs every rule and reports each problem into <paramref name="bag"/>.</summary>
    public static void Check(YMapping root, IReadOnlySet<string> packLanguages, DiagnosticBag bag)
    {
        Thresholds(root, "approval_limits", "- {max: null, approver: executive_director}", bag);
        Thresholds(root, "procurement", "- {max: null, method: tender}", bag);
        Signatories(root, bag);
        Languages(root, packLanguages, bag);
        Translations(root, bag);
        StatusDisclosure(root, bag);
        Dates(root, bag);
        Countries(root, bag);
        Currencies(root, bag);
        Placeholders(root, bag);
        CategoryIds(root, bag);
        Colours(root, bag);
    }

    /// <summary>True when a scalar is text of the form of a <c>$defs</c> entry of the schema (country, currency, language, ...).</summary>
    private static bool IsForm(YNode? node, string def, out YScalar scalar)
    {
        scalar = (node as YScalar)!;
        return node is YScalar { Value: string text } && Patterns.Value[def].IsMatch(text);
    }

    private static YNode? At(YNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = (node as YMapping)?[key];
        }

        return node;
    }

    private static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

    private static void Signatories(YMapping root, DiagnosticBag bag)
    {
        if (At(root, "finance", "signatories", "required") is YScalar { Value: long required } node
            && At(root, "finance", "signatories", "panel") is YSequence panel
            && required > panel.Items.Count)
        {
            bag.Error(node.Span, Codes.SignatoriesRequired, string.Create(CultureInfo.InvariantCulture,
                $"`finance.signatories.required` is {required}, but `finance.signatories.panel` lists only {panel.Items.Count} {(panel.Items.Count == 1 ? "person" : "people")}; require at most {panel.Items.Count} signatures, or add people to the panel"));
        }
    }

    private static void StatusDisclosure(YMapping root, DiagnosticBag bag)
    {
        if (At(root, "hr", "status_disclosure_required") is YScalar { Value: true } node)
        {
            bag.Error(node.Span, Codes.StatusDisclosure,
                "`hr.status_disclosure_required` must be false: DocTool's documents never require anyone to disclose sex work, HIV or migration status, because disclosure can expose people to arrest, violence and discrimination; set it to false");
        }
    }

    private static void CategoryIds(YMapping root, DiagnosticBag bag)
    {
        if (At(root, "membership", "categories") is not YSequence categories)
        {
            return;
        }

        var first = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        foreach (var category in categories.Items)
        {
            if (At(category, "id") is YScalar { Value: string id } node && !first.TryAdd(id, node))
            {
                bag.Error(node.Span, Codes.DuplicateId, string.Create(CultureInfo.InvariantCulture,
                    $"the category id `{id}` is used twice in `membership.categories` (first at line {first[id].Span.Line}); give each category its own id"));
            }
        }
    }
}
