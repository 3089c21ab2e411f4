namespace DocTool.Core.Packs.Exchange;

/// <summary>Where a translation stands against the current source text.</summary>
public enum UnitState
{
    /// <summary>No translation yet.</summary>
    Missing,

    /// <summary>Translated, but never reviewed, or the source changed since the review (fuzzy).</summary>
    NeedsReview,

    /// <summary>Reviewed against the current source text.</summary>
    Reviewed,
}

/// <summary>One message of one document as a translator sees it in a PO or XLIFF file.</summary>
/// <param name="Document">The document id (PO <c>msgctxt</c> prefix, XLIFF <c>file</c>).</param>
/// <param name="Id">The message id.</param>
/// <param name="Source">The source-language text.</param>
/// <param name="Target">The translation ("" when missing).</param>
/// <param name="State">Reviewed, needs review or missing.</param>
/// <param name="Note">What the message is for: document, clause, placeholders to keep, terms it uses.</param>
/// <param name="PreviousSource">The source text the translation was reviewed against, when it has changed since.</param>
/// <param name="Line">The line of the unit in the file it was read from (0 when written).</param>
public sealed record TranslationUnit(string Document, string Id, string Source, string Target, UnitState State, string Note, string? PreviousSource, int Line = 0);

/// <summary>What an exchange file holds: the languages and the units in order.</summary>
public sealed record TranslationFile(string SourceLanguage, string TargetLanguage, IReadOnlyList<TranslationUnit> Units);
