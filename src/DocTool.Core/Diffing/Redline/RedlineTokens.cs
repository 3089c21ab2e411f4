using DiffPlex;

namespace DocTool.Core.Diffing.Redline;

/// <summary>
/// Splits clause text into words, runs of spaces (no-break spaces too: "30 days" is two words) and paragraph breaks (<c>\n</c>), each its own token,
/// so a tracked change covers exactly the words that changed and a paragraph break can be inserted or
/// deleted like a word (Word's paragraph mark revisions).
/// </summary>
internal sealed class RedlineTokens : IChunker
{
    public static readonly RedlineTokens Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Kind(text[i]) != Kind(text[start]) || text[start] == '\n')
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }

        return tokens;
    }

    private static int Kind(char c) => c == '\n' ? 0 : c is ' ' or '\t' or '\u00A0' or '\u202F' ? 1 : 2;
}
