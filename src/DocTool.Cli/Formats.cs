using DocTool.Core.Building;

namespace DocTool.Cli;

/// <summary>Parses <c>--format</c>.</summary>
internal static class Formats
{
    public static OutputFormat? Parse(string? value)
    {
        var result = OutputFormat.None;
        foreach (var part in (value ?? "docx").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part)
            {
                case "docx":
                    result |= OutputFormat.Docx;
                    break;
                case "md" or "markdown":
                    result |= OutputFormat.Markdown;
                    break;
                default:
                    return null;
            }
        }

        return result == OutputFormat.None ? null : result;
    }
}
