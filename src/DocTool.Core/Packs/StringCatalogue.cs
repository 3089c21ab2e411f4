namespace DocTool.Core.Packs;

/// <summary>A language's strings (title page, footer, annex labels, enum labels), keyed "group.key".</summary>
public sealed class StringCatalogue(string language, string file, IReadOnlyDictionary<string, string> entries)
{
    /// <summary>The language of the catalogue.</summary>
    public string Language { get; } = language;

    /// <summary>The catalogue file (for messages).</summary>
    public string File { get; } = file;

    /// <summary>Every entry, flattened ("ui.annex" → "Annex").</summary>
    public IReadOnlyDictionary<string, string> Entries { get; } = entries;

    /// <summary>Looks a key up.</summary>
    public bool TryGet(string key, out string value) => Entries.TryGetValue(key, out value!);

    /// <summary>Looks a key up; throws <see cref="KeyNotFoundException"/> with the file named when missing.</summary>
    public string Get(string key) => Entries.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"the string `{key}` is missing from {File}");
}
