using DocTool.Core.Localization;
using DocTool.Core.Packs;

namespace DocTool.Core.Templating;

/// <summary>What the template helpers of one document language need.</summary>
public sealed record HelperServices(
    string Language,
    Formatter Formatter,
    StringCatalogue Strings,
    Glossary Glossary,
    string? InclusiveStyle,
    string FunctionalCurrency);
