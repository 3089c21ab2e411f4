namespace DocTool.Core.Profiles.Validation;

/// <summary>JSON Pointer (RFC 6901) strings as JsonSchema.Net prints them: <c>/org/name</c>, <c>~0</c> for <c>~</c>, <c>~1</c> for <c>/</c>.</summary>
internal static class Pointer
{
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string segment) =>
        segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    public static IReadOnlyList<string> Split(string pointer)
    {
        var text = pointer.StartsWith('#') ? pointer[1..] : pointer;
        return text.Length == 0 ? [] : [.. text[1..].Split('/').Select(Unescape)];
    }

    public static string Join(IEnumerable<string> segments) => segments.Aggregate(string.Empty, Append);
}
