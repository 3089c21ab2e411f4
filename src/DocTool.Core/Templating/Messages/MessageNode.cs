namespace DocTool.Core.Templating.Messages;

/// <summary>A part of a parsed message (see docs/template-authoring.md, "Messages").</summary>
internal abstract record MessageNode;

/// <summary>Literal Markdown text.</summary>
internal sealed record TextNode(string Text) : MessageNode;

/// <summary><c>{name}</c>, <c>{name.form}</c>, <c>{name|cap}</c>: a value the skeleton passes (or <c>org</c>, <c>org_name</c>).</summary>
internal sealed record ArgNode(string Name, string? Form, bool Capitalize) : MessageNode;

/// <summary><c>{-term}</c>, <c>{-term.form}</c>, <c>{-term|cap}</c>: a defined term of the language's termbase.</summary>
internal sealed record TermNode(string Id, string? Form, bool Capitalize) : MessageNode;

/// <summary><c>#</c> inside a plural branch: the number, formatted for the language.</summary>
internal sealed record NumberNode : MessageNode;

/// <summary><c>{#clause-id}</c>: the number of a clause.</summary>
internal sealed record ClauseRefNode(string Id) : MessageNode;

/// <summary>
/// <c>{name, select, key {…} other {…}}</c>, <c>{name, plural, one {…} other {…}}</c> (<c>#</c> is the number) or
/// <c>{name, count, one {day} other {days}}</c> (the number, a no-break space and the form). The selector is an
/// argument or, for plural and count, a whole number written in the message.
/// </summary>
internal sealed record SelectNode(string Selector, decimal? Literal, SelectKind Kind, IReadOnlyList<SelectCase> Cases) : MessageNode;

/// <summary>One branch of a selector.</summary>
internal sealed record SelectCase(string Key, IReadOnlyList<MessageNode> Body);

/// <summary>How a selector chooses its branch.</summary>
internal enum SelectKind
{
    /// <summary>By value: true/false, an enumeration value, or <c>other</c>.</summary>
    Select,

    /// <summary>By plural category of a number; <c>#</c> in a branch prints the number.</summary>
    Plural,

    /// <summary>By plural category; prints the number, a no-break space (none in Chinese) and the branch.</summary>
    Count,
}

/// <summary>A parsed message with what it refers to.</summary>
internal sealed record ParsedMessage(IReadOnlyList<MessageNode> Nodes)
{
    /// <summary>Every argument name the message reads (selectors included, literals excluded).</summary>
    public IEnumerable<string> Arguments => AllNodes.SelectMany(n => n switch
    {
        ArgNode a => [a.Name],
        SelectNode { Literal: null } s => [s.Selector],
        _ => Array.Empty<string>(),
    });

    /// <summary>Every term id the message uses.</summary>
    public IEnumerable<string> Terms => AllNodes.OfType<TermNode>().Select(t => t.Id);

    /// <summary>Every clause id the message refers to.</summary>
    public IEnumerable<string> ClauseRefs => AllNodes.OfType<ClauseRefNode>().Select(c => c.Id);

    /// <summary>The placeholders a translation must keep (arguments and clause references), in order of first use.</summary>
    public IReadOnlyList<string> Placeholders => [.. AllNodes.SelectMany(n => n switch
    {
        ArgNode a => ["{" + a.Name + "}"],
        SelectNode { Literal: null } s => ["{" + s.Selector + "}"],
        ClauseRefNode c => ["{#" + c.Id + "}"],
        _ => Array.Empty<string>(),
    }).Distinct(StringComparer.Ordinal)];

    /// <summary>Every node, those inside selector branches included, in order.</summary>
    public IEnumerable<MessageNode> AllNodes => Walk(Nodes);

    private static IEnumerable<MessageNode> Walk(IEnumerable<MessageNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            if (node is SelectNode select)
            {
                foreach (var inner in select.Cases.SelectMany(c => Walk(c.Body)))
                {
                    yield return inner;
                }
            }
        }
    }
}
