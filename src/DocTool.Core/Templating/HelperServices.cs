using DocTool.Core.Localization;
using DocTool.Core.Packs;
using DocTool.Core.Templating.Messages;

namespace DocTool.Core.Templating;

/// <summary>What the template helpers of one document language need.</summary>
public sealed record HelperServices(
    string Language,
    Formatter Formatter,
    StringCatalogue Strings,
    Termbase Terms,
    string? InclusiveStyle,
    string FunctionalCurrency)
{
    /// <summary>The messages of the document being rendered (skeleton packs).</summary>
    public MessageCatalogue? Messages { get; init; }

    /// <summary>The organisation's names and their grammatical forms, for <c>{org}</c> and <c>{org_name}</c>.</summary>
    internal OrgGrammar? Org { get; init; }
}
