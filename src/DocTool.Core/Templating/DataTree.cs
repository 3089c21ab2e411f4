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
    public static ScriptObject Build(YMapping profile, string language, DiagnosticBag bag, bool allowFallback = false)
    {
        var primary = (profile["languages"] as YMapping)?["primary"] is YScalar { Value: string p } ? p : language;

        // The profile's own languages fall back to the primary text as format v1 says; a language forced with
        // --lang that the profile does not generate must not print another language's words unless allowed.
        var declared = (profile["languages"] as YMapping)?["generate"] is YSequence generate
            && generate.Items.Exists(i => i is YScalar { Value: string g } && g == language);
        var policy = declared ? Fallback.Silent : allowFallback ? Fallback.Warn : Fallback.Error;
        var root = new ScriptObject();
        foreach (var (key, value) in profile.Entries)
        {
            root[key.Text] = Convert(value, key.Text, language, primary, bag, policy);
        }

        return root;
    }

    private static object? Convert(YNode node, string path, string language, string primary, DiagnosticBag bag, Fallback policy)
    {
        if (TextFields.Paths.Contains(path))
        {
            return ResolveText(node, path, language, primary, bag, policy);
        }

        switch (node)
        {
            case YMapping map:
                var obj = new ScriptObject();
                foreach (var (key, value) in map.Entries)
                {
                    obj[key.Text] = Convert(value, path + "." + key.Text, language, primary, bag, policy);
                }

                return obj;
            case YSequence seq:
                var array = new ScriptArray();
                foreach (var item in seq.Items)
                {
                    array.Add(Convert(item, path + "[]", language, primary, bag, policy));
                }

                return array;
            case YScalar scalar:
                return scalar.Value;
            default:
                return null;
        }
    }

    private static string? ResolveText(YNode node, string path, string language, string primary, DiagnosticBag bag, Fallback policy)
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
                    var field = path.Replace("[]", string.Empty, StringComparison.Ordinal);
                    if (policy == Fallback.Warn)
                    {
                        bag.Warning(node.Span, Codes.MissingTranslation, $"`{field}` has no `{language}` text; the `{primary}` text is used (--allow-fallback)");
                    }
                    else if (policy == Fallback.Error)
                    {
                        bag.Error(node.Span, Codes.MissingTranslation, $"`{field}` has no `{language}` text, so the `{language}` documents would print the `{primary}` text \"{fallback.Text}\" inside their sentences; add `{language}: \"...\"`, or build with --allow-fallback to use it");
                    }

                    return fallback.Text;
                }

                bag.Error(node.Span, Codes.MissingTranslation, $"`{path.Replace("[]", string.Empty, StringComparison.Ordinal)}` has no text in `{language}` and none in the primary language `{primary}`; add `{language}: \"...\"`");
                return string.Empty;
            default:
                bag.Error(node.Span, Codes.WrongType, $"`{path}` must be a text or a map of language to text");
                return string.Empty;
        }
    }

    private enum Fallback
    {
        /// <summary>A language of <c>languages.generate</c>: the primary text is used, as format v1 says.</summary>
        Silent,

        /// <summary>A forced language with <c>--allow-fallback</c>: used, and each use is a warning.</summary>
        Warn,

        /// <summary>A forced language: an error naming the field.</summary>
        Error,
    }
}
