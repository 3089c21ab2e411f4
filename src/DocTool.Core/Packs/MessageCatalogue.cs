using System.Collections.Concurrent;
using DocTool.Core.Diagnostics;
using DocTool.Core.Templating.Messages;

namespace DocTool.Core.Packs;

/// <summary>
/// The messages of one document in one language (<c>messages/&lt;lang&gt;/&lt;doc&gt;.yaml</c>): message id → one
/// heading, paragraph, list item or table cell of Markdown with placeholders. Messages are parsed on first use.
/// </summary>
public sealed class MessageCatalogue
{
    private readonly ConcurrentDictionary<string, ParsedMessage> _parsed = new(StringComparer.Ordinal);

    internal MessageCatalogue(string language, string document, string file, IReadOnlyDictionary<string, MessageEntry> entries)
    {
        Language = language;
        Document = document;
        File = file;
        Entries = entries;
    }

    /// <summary>The language.</summary>
    public string Language { get; }

    /// <summary>The document id.</summary>
    public string Document { get; }

    /// <summary>The catalogue file, as shown in messages.</summary>
    public string File { get; }

    /// <summary>Every message in file order: id → text and where it is written.</summary>
    public IReadOnlyDictionary<string, MessageEntry> Entries { get; }

    /// <summary>An empty catalogue (a language that has no file for the document).</summary>
    internal static MessageCatalogue Empty(string language, string document, string file) =>
        new(language, document, file, new Dictionary<string, MessageEntry>(StringComparer.Ordinal));

    /// <summary>The parsed message; throws <see cref="MessageSyntaxException"/> when it is malformed.</summary>
    internal ParsedMessage Parsed(string id) =>
        _parsed.TryGetValue(id, out var parsed) ? parsed : _parsed.GetOrAdd(id, static (key, entries) => MessageParser.Parse(entries[key].Text), Entries);
}

/// <summary>One message as written: its text and the place of its value in the catalogue.</summary>
public sealed record MessageEntry(string Text, SourceSpan Span);
