namespace DocTool.Core.Packs;

/// <summary>One document of a template pack: its id, template file name and title per language.</summary>
public sealed record PackDocument(string Id, string File, IReadOnlyDictionary<string, string> Titles);
