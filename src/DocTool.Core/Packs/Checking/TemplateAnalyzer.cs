using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Diagnostics;
using DocTool.Core.Templating;
using Scriban.Syntax;

namespace DocTool.Core.Packs.Checking;

/// <summary>
/// Walks a template's Scriban AST (no rendering): the profile paths it reads, its conditions and
/// loops, its helper calls; and reads its clause headings from the text.
/// </summary>
public static partial class TemplateAnalyzer
{
    // Names that are Scriban's own, not profile fields; the builtin objects are SharedBuiltins'.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "for", "true", "false", "null" };

    /// <summary>Analyses template text.</summary>
    public static TemplateFacts Analyze(string text, string display)
    {
        var problems = new List<Diagnostic>();
        var template = TemplateEngine.ParseText(text, display);
        foreach (var message in template.Messages)
        {
            problems.Add(new Diagnostic(
                message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning,
                new SourceSpan(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                Codes.TemplateSyntax,
                message.Message));
        }

        var walker = new Walker(display, problems);
        if (!template.HasErrors)
        {
            walker.Visit(template.Page, new Dictionary<string, string?>(StringComparer.Ordinal));
        }

        return new TemplateFacts(display, Headings(text), walker.Conditions, walker.Reads, problems) { Messages = walker.Messages };
    }

    /// <summary>SHA-256 of each clause's source text (heading to next heading), keyed by clause id.</summary>
    public static IReadOnlyDictionary<string, string> ClauseHashes(string text) => ClauseHashes(text, section => section);

    /// <summary>SHA-256 of each clause's text after <paramref name="expand"/> (which adds what the section refers to).</summary>
    public static IReadOnlyDictionary<string, string> ClauseHashes(string text, Func<string, string> expand)
    {
        ArgumentNullException.ThrowIfNull(expand);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headings = Headings(text);
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Line - 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Line - 1 : lines.Length;
            var body = expand(string.Join('\n', lines[start..end]).Trim());
            result[headings[i].Id] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];
        }

        return result;
    }

    private static List<ClauseHeading> Headings(string text)
    {
        var list = new List<ClauseHeading>();
        var lineNo = 0;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lineNo++;
            var m = HeadingLine().Match(line);
            if (m.Success)
            {
                list.Add(new ClauseHeading(m.Groups["id"].Value, m.Groups["hashes"].Length, m.Groups["annex"].Success, m.Groups["title"].Value.Trim(), lineNo, line));
            }
        }

        return list;
    }

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<title>.*?)\s*\{#(?<id>[A-Za-z0-9_-]+)(?<annex>\s+\.annex)?\}\s*$")]
    private static partial Regex HeadingLine();

    private sealed class Walker(string display, List<Diagnostic> problems)
    {
        public List<Condition> Conditions { get; } = [];

        public List<FieldRead> Reads { get; } = [];

        public List<MessageCall> Messages { get; } = [];

        public void Visit(ScriptNode? node, Dictionary<string, string?> scope)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptIfStatement ifs:
                    Conditions.Add(new Condition(ifs.IsElseIf ? "else if" : "if", Print(ifs.Condition), Span(ifs)));
                    Visit(ifs.Condition, scope);
                    Visit(ifs.Then, scope);
                    Visit(ifs.Else, scope);
                    return;
                case ScriptElseStatement els:
                    Conditions.Add(new Condition("else", string.Empty, Span(els)));
                    Visit(els.Body, scope);
                    return;
                case ScriptForStatement loop:
                    Conditions.Add(new Condition("for", $"{Print(loop.Variable)} in {Print(loop.Iterator)}", Span(loop)));
                    Visit(loop.Iterator, scope);
                    var inner = new Dictionary<string, string?>(scope, StringComparer.Ordinal);
                    if (loop.Variable is ScriptVariable v)
                    {
                        inner[v.Name] = PathOf(loop.Iterator, scope) is { } p ? p + "[]" : null;
                    }

                    Visit(loop.Body, inner);
                    return;
                case ScriptWhileStatement loop:
                    Conditions.Add(new Condition("while", Print(loop.Condition), Span(loop)));
                    Visit(loop.Condition, scope);
                    Visit(loop.Body, scope);
                    return;
                case ScriptCaseStatement sw:
                    Conditions.Add(new Condition("case", Print(sw.Value), Span(sw)));
                    break;
                case ScriptWhenStatement whenStatement:
                    Conditions.Add(new Condition("when", string.Join(", ", whenStatement.Values.Select(Print)), Span(whenStatement)));
                    break;
                case ScriptAssignExpression assign when assign.Target is ScriptVariable target:
                    Visit(assign.Value, scope);
                    scope[target.Name] = PathOf(assign.Value, scope);
                    return;
                case ScriptObjectMember member:
                    // In an object literal {en: "..."} the keys are names, not reads.
                    Visit(member.Value, scope);
                    return;
                case ScriptPipeCall pipe:
                    Visit(pipe.From, scope);
                    switch (pipe.To)
                    {
                        case ScriptVariableGlobal helper:
                            CheckArity(helper.Name, 1, helper);
                            break;
                        case ScriptFunctionCall call:
                            CheckArity((call.Target as ScriptVariableGlobal)?.Name, call.Arguments.Count + 1, call);
                            foreach (var arg in call.Arguments)
                            {
                                Visit(arg, scope);
                            }

                            break;
                        default:
                            Visit(pipe.To, scope);
                            break;
                    }

                    return;
                case ScriptMemberExpression or ScriptIndexerExpression or ScriptVariable:
                    if (node is ScriptVariableGlobal { Name: var name } && Helpers.Arity.ContainsKey(name) && !scope.ContainsKey(name))
                    {
                        // A helper named without arguments is called with none.
                        CheckArity(name, 0, node);
                        return;
                    }

                    if (PathOf(node, scope) is { } path)
                    {
                        Reads.Add(new FieldRead(path, Span(node)));
                    }

                    if (node is ScriptIndexerExpression idx)
                    {
                        Visit(idx.Index, scope);
                    }

                    return;
                case ScriptFunctionCall call:
                    CheckArity((call.Target as ScriptVariableGlobal)?.Name, call.Arguments.Count, call);
                    RecordMessage(call);
                    Visit(call.Target is ScriptVariable ? null : call.Target, scope);
                    foreach (var arg in call.Arguments)
                    {
                        Visit(arg, scope);
                    }

                    return;
            }

            for (var i = 0; i < node.ChildrenCount; i++)
            {
                Visit(node.GetChildren(i), scope);
            }
        }

        private void RecordMessage(ScriptFunctionCall call)
        {
            if (call.Target is not ScriptVariableGlobal { Name: "m" } || call.Arguments.Count == 0)
            {
                return;
            }

            if (call.Arguments[0] is not ScriptLiteral { Value: string id })
            {
                problems.Add(new Diagnostic(Severity.Error, Span(call), Codes.HelperMisuse, "`m` takes the message id as a literal string (`m \"clause.1\"`), so the pack can be checked and translated"));
                return;
            }

            var passed = call.Arguments.Count > 1 && call.Arguments[1] is ScriptObjectInitializerExpression init
                ? init.Members.Select(m => m.Name switch
                {
                    ScriptVariable v => v.Name,
                    ScriptLiteral l => l.Value?.ToString() ?? string.Empty,
                    var other => other?.ToString() ?? string.Empty,
                }).ToList()
                : [];
            Messages.Add(new MessageCall(id, passed, Span(call)));
        }

        private void CheckArity(string? name, int count, ScriptNode at)
        {
            if (name is null || !Helpers.Arity.TryGetValue(name, out var arity))
            {
                return;
            }

            if (count < arity.Min || count > arity.Max)
            {
                var expected = arity.Min == arity.Max ? $"{arity.Min}" : $"{arity.Min} to {arity.Max}";
                problems.Add(new Diagnostic(Severity.Error, Span(at), Codes.HelperMisuse, $"`{name}` takes {expected} argument(s) but is given {count}"));
            }
        }

        private static string? PathOf(ScriptNode? node, Dictionary<string, string?> scope) => node switch
        {
            ScriptVariable v when scope.TryGetValue(v.Name, out var bound) => bound,
            ScriptVariable v when Keywords.Contains(v.Name) || SharedBuiltins.IsBuiltin(v.Name) || Helpers.Names.Contains(v.Name) => null,
            ScriptVariable v => v.Name,
            ScriptMemberExpression m => PathOf(m.Target, scope) is { } target ? target + "." + m.Member?.Name : null,
            ScriptIndexerExpression i => PathOf(i.Target, scope) is { } target ? target + "[]" : null,
            ScriptNestedExpression n => PathOf(n.Expression, scope),
            _ => null,
        };

        private static string Print(ScriptNode? node)
        {
            if (node is null)
            {
                return string.Empty;
            }

            try
            {
                return Whitespace().Replace(node.ToString() ?? string.Empty, " ").Trim();
            }
            catch (NotImplementedException)
            {
                return node.GetType().Name;
            }
        }

        private SourceSpan Span(ScriptNode node) => new(display, node.Span.Start.Line + 1, node.Span.Start.Column + 1);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
