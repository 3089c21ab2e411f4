namespace DocTool.Core.Packs;

/// <summary>
/// One document of a template pack: its id, template file name, title per language, and the
/// languages it is available in (the pack's languages unless the manifest lists fewer).
/// </summary>
public sealed record PackDocument(string Id, string File, IReadOnlyDictionary<string, string> Titles, IReadOnlyList<string> Languages);
