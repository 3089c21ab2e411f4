using System.Globalization;
using DocTool.Core.Diagnostics;
using DocTool.Core.Profiles;
using Scriban.Runtime;

namespace DocTool.Core.Templating;

/// <summary>Turns a validated profile into the Scriban data tree of one document language.</summary>
public static class DataTree
{
    /// <summary>
    /// Builds the data tree: every profile section as a global, text fields resolved to
    /// <paramref name="language"/> (falling back to the primary language). Missing texts are reported.
    /// </summary>
    public static ScriptObject Build(YMapping profile, string language, DiagnosticBag bag)
    {
        var primary = (profile["languages"] as YMapping)?["primary"] is YScalar { Value: string p } ? p : language;
        var root = new ScriptObject();
        foreach (var (key, value) in profile.Entries)
        {
            root[key.Text] = Convert(value, key.Text, language, primary, bag);
        }

        return root;
    }

    private static object? Convert(YNode node, string path, string language, string primary, DiagnosticBag bag)
    {
        if (TextFields.Paths.Contains(path))
        {
            return ResolveText(node, path, language, primary, bag);
        }

        switch (node)
        {
            case YMapping map:
                var obj = new ScriptObject();
                foreach (var (key, value) in map.Entries)
                {
                    obj[key.Text] = Convert(value, path + "." + key.Text, language, primary, bag);
                }

                return obj;
            case YSequence seq:
                var array = new ScriptArray();
                foreach (var item in seq.Items)
                {
                    array.Add(Convert(item, path + "[]", language, primary, bag));
                }

                return array;
            case YScalar scalar:
                return scalar.Value;
            default:
                return null;
        }
    }

    private static string? ResolveText(YNode node, string path, string language, string primary, DiagnosticBag bag)
    {
        switch (node)
        {
            case YScalar { Value: null }:
                return null;
            case YScalar scalar:
                return scalar.Value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : scalar.Text;
            case YMapping map:
                if (map[language] is YScalar { Value: not null } exact)
                {
                    return exact.Text;
                }

                // A profile may say "fr-CI": match the document language "fr" on its base.
                foreach (var (key, value) in map.Entries)
                {
                    if (key.Text.StartsWith(language + "-", StringComparison.Ordinal) && value is YScalar { Value: not null } regional)
                    {
                        return regional.Text;
                    }
                }

                if (map[primary] is YScalar { Value: not null } fallback)
                {
                    return fallback.Text;
                }

                bag.Error(node.Span, Codes.MissingTranslation, $"`{path.Replace("[]", string.Empty, StringComparison.Ordinal)}` has no text in `{language}` and none in the primary language `{primary}`; add `{language}: \"...\"`");
                return string.Empty;
            default:
                bag.Error(node.Span, Codes.WrongType, $"`{path}` must be a text or a map of language to text");
                return string.Empty;
        }
    }
}
