using Markdig.Syntax;

namespace DocTool.Core.Markdown;

/// <summary>A heading of a generated document: a numbered clause, or an annex.</summary>
public sealed record Clause(string Id, int Level, string Number, string Title, bool IsAnnex, HeadingBlock Heading)
{
    /// <summary>The bookmark name Word uses for the clause (TOC links, references).</summary>
    public string Bookmark => BookmarkName(Id);

    /// <summary>A Word bookmark name for a clause id (letters, digits, underscores; at most 40 characters).</summary>
    public static string BookmarkName(string id)
    {
        var name = "c_" + id.Replace('-', '_');
        return name.Length > 40 ? name[..40] : name;
    }
}
