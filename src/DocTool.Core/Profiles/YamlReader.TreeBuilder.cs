using System.Globalization;
using DocTool.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocTool.Core.Profiles;

public static partial class YamlReader
{
    /// <summary>Builds nodes from parser events with an explicit stack (no recursion on nesting).</summary>
    private sealed class TreeBuilder(string file, DiagnosticBag bag, ProfileLimits limits)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, (YNode Node, long Size, long Chars)> _anchors = new(StringComparer.Ordinal);
        private long _expanded;
        private long _characters;
        private int _documents;

        public YNode? Root { get; private set; }

        /// <summary>The innermost <c>[</c> or <c>{</c> still open, for messages about a parser failure inside it.</summary>
        public (char Bracket, SourceSpan Span)? OpenFlow =>
            _stack.FirstOrDefault(f => f.Flow is not null) is { Flow: char c } frame ? (c, frame.Node.Span) : null;

        /// <summary>Where the last event read ended.</summary>
        public Mark LastEnd { get; private set; } = Mark.Empty;

        public bool Accept(ParsingEvent ev)
        {
            LastEnd = ev.End;
            switch (ev)
            {
                case DocumentStart ds when !ds.IsImplicit || _documents > 0:
                    _documents++;
                    if (_documents > 1)
                    {
                        bag.Error(Span(ev.Start), Codes.NotAProfile, "the file holds more than one YAML document (`---`); a profile is one document");
                        return false;
                    }

                    return true;
                case DocumentStart:
                    _documents++;
                    return true;
                case MappingStart ms:
                    return Open(new Frame(new YMapping { Span = Span(ev.Start) }, Anchor(ms.Anchor)) { Flow = ms.Style == MappingStyle.Flow ? '{' : null });
                case SequenceStart ss:
                    return Open(new Frame(new YSequence { Span = Span(ev.Start) }, Anchor(ss.Anchor)) { Flow = ss.Style == SequenceStyle.Flow ? '[' : null });
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    if (frame.PendingKey is not null)
                    {
                        bag.Error(frame.PendingKey.Span, Codes.YamlSyntax, "YAML syntax error: a key without a value");
                        return false;
                    }

                    return Add(frame.Node, frame.Size, frame.Anchor, chars: frame.Chars);
                case Scalar sc:
                    {
                        if (sc.Value.Length > limits.MaxStringLength)
                        {
                            bag.Error(Span(ev.Start), Codes.StringTooLong, string.Create(CultureInfo.InvariantCulture, $"a text of {sc.Value.Length:N0} characters; the limit is {limits.MaxStringLength:N0}"));
                            return false;
                        }

                        var node = MakeScalar(sc);
                        return CountCharacters(sc.Value.Length, node.Span) && Add(node, 1, Anchor(sc.Anchor), chars: sc.Value.Length);
                    }

                case AnchorAlias alias:
                    {
                        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            bag.Error(Span(ev.Start), Codes.YamlSyntax, $"YAML syntax error: the alias `*{alias.Value.Value}` names no anchor defined before it");
                            return false;
                        }

                        // An alias repeats its anchor's whole subtree: count every node it expands to.
                        // …and every character of text in it: 45,000 aliases of one long text are 45,000 copies.
                        return Count(target.Size, Span(ev.Start)) && CountCharacters(target.Chars, Span(ev.Start)) && Add(target.Node, target.Size, null, counted: true, chars: target.Chars);
                    }

                default:
                    return true;
            }
        }

        private bool Open(Frame frame)
        {
            if (_stack.Count + 1 > limits.MaxDepth)
            {
                bag.Error(frame.Node.Span, Codes.TooDeep, string.Create(CultureInfo.InvariantCulture, $"the YAML nests more than {limits.MaxDepth} levels deep; a profile needs far fewer"));
                return false;
            }

            if (!Count(1, frame.Node.Span))
            {
                return false;
            }

            _stack.Push(frame);
            return true;
        }

        private bool Add(YNode node, long size, string? anchor, bool counted = false, long chars = 0)
        {
            if (anchor is not null)
            {
                _anchors[anchor] = (node, size, chars);
            }

            // A scalar counts one node when read; a collection was counted when it opened.
            if (node is YScalar && !counted && !Count(size, node.Span))
            {
                return false;
            }

            if (_stack.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = _stack.Peek();
            parent.Size += size;
            parent.Chars += chars;
            if (parent.Node is YSequence seq)
            {
                seq.Items.Add(node);
                return true;
            }

            var map = (YMapping)parent.Node;
            if (parent.PendingKey is null)
            {
                if (node is not YScalar key)
                {
                    bag.Error(node.Span, Codes.YamlSyntax, "YAML syntax error: a key must be a plain word, not a list or a mapping");
                    return false;
                }

                parent.PendingKey = key;
                return true;
            }

            var pendingKey = parent.PendingKey;
            parent.PendingKey = null;
            var existing = map.KeyNode(pendingKey.Text);
            if (existing is not null)
            {
                bag.Error(pendingKey.Span, Codes.DuplicateKey, string.Create(CultureInfo.InvariantCulture, $"the key `{pendingKey.Text}` appears twice in the same mapping (first at line {existing.Span.Line}, column {existing.Span.Column}); keep one"));
                return true;
            }

            map.Entries.Add(new KeyValuePair<YScalar, YNode>(pendingKey, node));
            return true;
        }

        private bool Count(long size, SourceSpan span)
        {
            _expanded += size;
            if (_expanded > limits.MaxNodes)
            {
                bag.Error(span, Codes.AliasBomb, string.Create(CultureInfo.InvariantCulture, $"the YAML expands to more than {limits.MaxNodes:N0} values (anchors and aliases repeated inside each other); a profile needs far fewer"));
                return false;
            }

            return true;
        }

        private bool CountCharacters(long chars, SourceSpan span)
        {
            _characters += chars;
            if (_characters > limits.MaxExpandedCharacters)
            {
                bag.Error(span, Codes.AliasBomb, string.Create(CultureInfo.InvariantCulture, $"the YAML expands to more than {limits.MaxExpandedCharacters:N0} characters of text (anchors and aliases repeating long texts); a profile needs far fewer"));
                return false;
            }

            return true;
        }

        private static string? Anchor(AnchorName name) => name.IsEmpty ? null : name.Value;

        private SourceSpan Span(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

        private YScalar MakeScalar(Scalar sc)
        {
            var quoted = sc.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
            object? value = sc.Value;
            var tag = sc.Tag.IsEmpty ? null : sc.Tag.Value;
            if (tag is "tag:yaml.org,2002:str")
            {
                value = sc.Value;
            }
            else if (!quoted || tag is not null)
            {
                value = ScalarTypes.Resolve(sc.Value, tag);
            }

            return new YScalar { Span = Span(sc.Start), Text = sc.Value, Value = value, Quoted = quoted };
        }

        private sealed class Frame(YNode node, string? anchor)
        {
            public YNode Node { get; } = node;

            public string? Anchor { get; } = anchor;

            public long Size { get; set; } = 1;

            /// <summary>Characters of text in the collection, aliases expanded.</summary>
            public long Chars { get; set; }

            public YScalar? PendingKey { get; set; }

            /// <summary><c>[</c> or <c>{</c> for a flow collection; null for a block one.</summary>
            public char? Flow { get; init; }
        }
    }
}
