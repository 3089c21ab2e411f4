using System.Globalization;
using System.Text;

namespace DocTool.Core.Templating.Messages;

/// <summary>
/// Parses the message syntax of catalogues: Markdown text with <c>{placeholders}</c> and ICU-style
/// selectors. <c>\{</c>, <c>\}</c>, <c>\#</c> and <c>\\</c> write the character itself.
/// </summary>
internal static class MessageParser
{
    /// <summary>Deepest nesting of selectors accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>Parses a message; throws <see cref="MessageSyntaxException"/> with the offset of the mistake.</summary>
    public static ParsedMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var nodes = reader.Sequence(inPlural: false, depth: 0);
        if (!reader.AtEnd)
        {
            throw new MessageSyntaxException(reader.Position, "a `}` closes nothing (write `\\}` for the character)");
        }

        return new ParsedMessage(nodes);
    }

    private sealed class Reader(string text)
    {
        private int _pos;

        public int Position => _pos;

        public bool AtEnd => _pos >= text.Length;

        public List<MessageNode> Sequence(bool inPlural, int depth)
        {
            var nodes = new List<MessageNode>();
            var buffer = new StringBuilder();
            while (_pos < text.Length)
            {
                var c = text[_pos];
                if (c == '}')
                {
                    break;
                }

                if (c == '\\' && _pos + 1 < text.Length && text[_pos + 1] is '{' or '}' or '\\' or '#')
                {
                    buffer.Append(text[_pos + 1]);
                    _pos += 2;
                    continue;
                }

                if (c == '#' && inPlural)
                {
                    Flush(buffer, nodes);
                    nodes.Add(new NumberNode());
                    _pos++;
                    continue;
                }

                if (c == '{')
                {
                    Flush(buffer, nodes);
                    nodes.Add(Placeholder(depth));
                    continue;
                }

                buffer.Append(c);
                _pos++;
            }

            Flush(buffer, nodes);
            return nodes;
        }

        private static void Flush(StringBuilder buffer, List<MessageNode> nodes)
        {
            if (buffer.Length > 0)
            {
                nodes.Add(new TextNode(buffer.ToString()));
                buffer.Clear();
            }
        }

        private MessageNode Placeholder(int depth)
        {
            var start = _pos;
            _pos++; // {
            if (depth >= MaxDepth)
            {
                throw new MessageSyntaxException(start, $"selectors are nested more than {MaxDepth} deep");
            }

            if (Peek() == '#')
            {
                _pos++;
                var id = Name(allowDash: true, "a clause id after `{#`");
                Expect('}', "`}` after the clause id");
                return new ClauseRefNode(id);
            }

            if (Peek() == '-')
            {
                _pos++;
                var id = Name(allowDash: true, "a term id after `{-`");
                var (form, cap) = FormAndCap();
                Expect('}', "`}` to close the term");
                return new TermNode(id, form, cap);
            }

            string selector;
            decimal? literal = null;
            if (Peek() is >= '0' and <= '9')
            {
                var numberStart = _pos;
                while (Peek() is >= '0' and <= '9')
                {
                    _pos++;
                }

                selector = text[numberStart.._pos];
                literal = decimal.Parse(selector, CultureInfo.InvariantCulture);
            }
            else
            {
                selector = Name(allowDash: false, "a placeholder name after `{`");
            }

            SkipSpaces();
            if (Peek() != ',')
            {
                if (literal is not null)
                {
                    throw new MessageSyntaxException(start, "a number in braces needs a selector: `{30, count, one {day} other {days}}`");
                }

                var (form, cap) = FormAndCap();
                Expect('}', $"`}}` to close `{{{selector}`");
                return new ArgNode(selector, form, cap);
            }

            _pos++;
            SkipSpaces();
            var kindName = Name(allowDash: false, "`select`, `plural` or `count` after the comma");
            var kind = kindName switch
            {
                "select" => SelectKind.Select,
                "plural" => SelectKind.Plural,
                "count" => SelectKind.Count,
                _ => throw new MessageSyntaxException(start, $"`{kindName}` is not a selector; use select, plural or count"),
            };
            if (literal is not null && kind == SelectKind.Select)
            {
                throw new MessageSyntaxException(start, "`select` chooses by a placeholder, not a number");
            }

            SkipSpaces();
            Expect(',', "a comma before the branches");
            var cases = new List<SelectCase>();
            while (true)
            {
                SkipSpaces();
                if (Peek() == '}')
                {
                    _pos++;
                    break;
                }

                var keyStart = _pos;
                var key = Key();
                if (cases.Exists(c => c.Key == key))
                {
                    throw new MessageSyntaxException(keyStart, $"the branch `{key}` is written twice");
                }

                SkipSpaces();
                Expect('{', $"`{{` to open the branch `{key}`");
                var body = Sequence(inPlural: kind == SelectKind.Plural, depth + 1);
                Expect('}', $"`}}` to close the branch `{key}`");
                cases.Add(new SelectCase(key, body));
            }

            if (!cases.Exists(c => c.Key == "other"))
            {
                throw new MessageSyntaxException(start, $"`{{{selector}, {kindName}, …}}` needs an `other` branch");
            }

            return new SelectNode(selector, literal, kind, cases);
        }

        private (string? Form, bool Cap) FormAndCap()
        {
            string? form = null;
            var cap = false;
            if (Peek() == '.')
            {
                _pos++;
                form = Name(allowDash: false, "a form name after `.`");
            }

            if (Peek() == '|')
            {
                _pos++;
                var modifier = Name(allowDash: false, "`cap` after `|`");
                if (modifier != "cap")
                {
                    throw new MessageSyntaxException(_pos - modifier.Length, $"`|{modifier}` is not a modifier; the only one is `|cap` (capital first letter)");
                }

                cap = true;
            }

            return (form, cap);
        }

        private string Name(bool allowDash, string what)
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_' || (allowDash && text[_pos] == '-')))
            {
                _pos++;
            }

            if (_pos == start || char.IsAsciiDigit(text[start]) && !allowDash)
            {
                throw new MessageSyntaxException(start, $"expected {what}");
            }

            return text[start.._pos];
        }

        private string Key()
        {
            var start = _pos;
            while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] is '_' or '-' or '.' or '='))
            {
                _pos++;
            }

            return _pos > start ? text[start.._pos] : throw new MessageSyntaxException(start, "expected a branch key (true, other, one, few, many, or a value)");
        }

        private char Peek() => _pos < text.Length ? text[_pos] : '\0';

        private void SkipSpaces()
        {
            while (_pos < text.Length && text[_pos] is ' ' or '\n' or '\t')
            {
                _pos++;
            }
        }

        private void Expect(char c, string what)
        {
            if (Peek() != c)
            {
                throw new MessageSyntaxException(_pos, $"expected {what}");
            }

            _pos++;
        }
    }
}

/// <summary>A message that does not follow the message syntax; <see cref="Offset"/> is where (0-based).</summary>
internal sealed class MessageSyntaxException(int offset, string message) : Exception(message)
{
    /// <summary>The character offset in the message.</summary>
    public int Offset { get; } = offset;
}
