namespace DocTool.Core.Packs;

/// <summary>
/// One document of a template pack: its id, skeleton or template file name, title per language, and the
/// languages it is available in (the pack's languages unless the manifest lists fewer).
/// </summary>
public sealed record PackDocument(string Id, string File, IReadOnlyDictionary<string, string> Titles, IReadOnlyList<string> Languages)
{
    /// <summary>
    /// True when <see cref="File"/> is one skeleton shared by every language (<c>documents/&lt;doc&gt;.sbn</c>, text in
    /// <c>messages/&lt;lang&gt;/&lt;doc&gt;.yaml</c>); false for a pack with one template per language (<c>&lt;lang&gt;/&lt;file&gt;</c>).
    /// </summary>
    public bool IsSkeleton { get; init; }
}
