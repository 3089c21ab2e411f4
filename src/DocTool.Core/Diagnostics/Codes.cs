namespace DocTool.Core.Diagnostics;

/// <summary>
/// Every diagnostic code DocTool prints. Codes are stable: never reuse or renumber one.
/// docs/diagnostics.md documents each (a test keeps the two in step).
/// </summary>
public static class Codes
{
    /// <summary>An unexpected failure inside DocTool (a bug: please report it).</summary>
    public const string Internal = "DT0001";

    /// <summary>A command-line argument is wrong.</summary>
    public const string Usage = "DT0002";

    /// <summary>The operation was cancelled (Ctrl-C).</summary>
    public const string Cancelled = "DT0003";

    // 01xx: reading a profile file
    /// <summary>File not found or not readable.</summary>
    public const string FileNotFound = "DT0100";

    /// <summary>YAML syntax error.</summary>
    public const string YamlSyntax = "DT0101";

    /// <summary>A tab character used for indentation.</summary>
    public const string TabIndent = "DT0102";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "DT0103";

    /// <summary>The file is not UTF-8 text (binary, UTF-16, Latin-1).</summary>
    public const string NotUtf8 = "DT0104";

    /// <summary>The file is larger than allowed.</summary>
    public const string FileTooLarge = "DT0105";

    /// <summary>The YAML nests deeper than allowed.</summary>
    public const string TooDeep = "DT0106";

    /// <summary>Aliases expand to more nodes than allowed ("billion laughs").</summary>
    public const string AliasBomb = "DT0107";

    /// <summary>The file has no content.</summary>
    public const string EmptyFile = "DT0108";

    /// <summary>The file holds more than one YAML document, or is not a mapping at the top.</summary>
    public const string NotAProfile = "DT0109";

    /// <summary>A string is longer than allowed.</summary>
    public const string StringTooLong = "DT0110";

    // 02xx: the profile against the JSON Schema
    /// <summary>A field the format does not have (often a typo).</summary>
    public const string UnknownField = "DT0200";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "DT0201";

    /// <summary>A value has the wrong type.</summary>
    public const string WrongType = "DT0202";

    /// <summary>A value is not one of the allowed values.</summary>
    public const string NotAllowed = "DT0203";

    /// <summary>A number is out of range.</summary>
    public const string OutOfRange = "DT0204";

    /// <summary>A value has the wrong form (pattern, format, length).</summary>
    public const string BadFormat = "DT0205";

    /// <summary>Any other schema rule.</summary>
    public const string SchemaOther = "DT0206";

    // 03xx: rules a schema cannot say
    /// <summary>A threshold table is not in ascending order.</summary>
    public const string ThresholdOrder = "DT0300";

    /// <summary>A threshold table does not end with exactly one open-ended row.</summary>
    public const string ThresholdOpenEnd = "DT0301";

    /// <summary>More signatures required than people on the panel.</summary>
    public const string SignatoriesRequired = "DT0302";

    /// <summary>A language the template pack does not have.</summary>
    public const string UnknownLanguage = "DT0303";

    /// <summary>A text field lacks a translation for a generated language and for the primary language.</summary>
    public const string MissingTranslation = "DT0304";

    /// <summary><c>hr.status_disclosure_required</c> is true.</summary>
    public const string StatusDisclosure = "DT0305";

    /// <summary>A date or month-day that does not exist.</summary>
    public const string BadDate = "DT0306";

    /// <summary>An unknown ISO 3166-1 country code.</summary>
    public const string UnknownCountry = "DT0307";

    /// <summary>An unknown ISO 4217 currency code.</summary>
    public const string UnknownCurrency = "DT0308";

    /// <summary>Two list entries share an id that must be unique.</summary>
    public const string DuplicateId = "DT0309";

    /// <summary>A profile version DocTool does not read.</summary>
    public const string ProfileVersion = "DT0310";

    /// <summary>A referenced file (logo) is missing or not acceptable.</summary>
    public const string BadAsset = "DT0311";

    /// <summary>A reference .docx that cannot be used (not a zip, too large, a zip bomb, missing parts).</summary>
    public const string BadReferenceDoc = "DT0312";

    /// <summary>A text still holds the <c>TODO</c> placeholder <c>doctool init</c> wrote (warning).</summary>
    public const string Placeholder = "DT0313";

    /// <summary>A branding colour with too little contrast against white for text (WCAG AA, warning).</summary>
    public const string LowContrast = "DT0314";

    // 04xx: templates
    /// <summary>Scriban syntax error in a template.</summary>
    public const string TemplateSyntax = "DT0400";

    /// <summary>A template failed while rendering.</summary>
    public const string TemplateRuntime = "DT0401";

    /// <summary>A template reads a variable or field that does not exist.</summary>
    public const string UnknownVariable = "DT0402";

    /// <summary>A helper called with wrong arguments.</summary>
    public const string HelperMisuse = "DT0403";

    /// <summary>A template hit a sandbox limit (loop, recursion, output size, time).</summary>
    public const string TemplateLimit = "DT0404";

    /// <summary>An include outside the pack folder or of a missing file.</summary>
    public const string BadInclude = "DT0405";

    /// <summary>The Markdown a template produced breaks a rule (heading without clause id, duplicate id).</summary>
    public const string MarkdownRule = "DT0406";

    /// <summary>A string-catalogue or glossary key is missing.</summary>
    public const string MissingString = "DT0407";

    /// <summary>A translation differs from the source language in its clauses, conditions or variables.</summary>
    public const string TranslationParity = "DT0408";

    /// <summary>A profile field no template reads.</summary>
    public const string UnusedField = "DT0409";

    /// <summary>A translated clause whose source-language text changed since the translation was reviewed.</summary>
    public const string StaleTranslation = "DT0410";

    /// <summary>A document has no template in a language of the pack.</summary>
    public const string MissingTemplate = "DT0411";

    /// <summary>An override of a clause with sub-clauses replaces or removes them too (warning).</summary>
    public const string OverrideScope = "DT0412";

    // 05xx: output
    /// <summary>Writing an output file failed.</summary>
    public const string OutputFailed = "DT0500";

    /// <summary><c>--pdf</c> needs LibreOffice (<c>soffice</c>), which was not found.</summary>
    public const string PdfUnavailable = "DT0501";

    /// <summary>LibreOffice could not convert a document to PDF.</summary>
    public const string PdfFailed = "DT0502";

    /// <summary>A file listed in a manifest is missing or differs from its recorded SHA-256.</summary>
    public const string ManifestMismatch = "DT0503";

    /// <summary>PDFs were written but the contents' page numbers could not be filled (python3-uno missing, warning).</summary>
    public const string PageNumbersUnavailable = "DT0504";

    // 06xx: template packs
    /// <summary>The pack manifest is missing or wrong.</summary>
    public const string PackManifest = "DT0600";

    /// <summary>A document id the pack does not have.</summary>
    public const string UnknownDocument = "DT0601";

    /// <summary>A string catalogue or glossary file is wrong.</summary>
    public const string PackCatalogue = "DT0602";

    // 07xx: doctool check (accessibility and fidelity of a .docx)
    /// <summary>The file cannot be read as a Word document.</summary>
    public const string CheckUnreadable = "DT0700";

    /// <summary>The document has no title property.</summary>
    public const string CheckNoTitle = "DT0701";

    /// <summary>The document has no language.</summary>
    public const string CheckNoLanguage = "DT0702";

    /// <summary>An image without alternative text that is not marked decorative.</summary>
    public const string CheckNoAltText = "DT0703";

    /// <summary>A table without a header row that repeats (<c>w:tblHeader</c>).</summary>
    public const string CheckNoHeaderRow = "DT0704";

    /// <summary>A table whose look does not mark the first row as a header (<c>w:tblLook firstRow</c>, warning).</summary>
    public const string CheckHeaderLook = "DT0705";

    /// <summary>A table without a caption or description (warning).</summary>
    public const string CheckNoTableCaption = "DT0706";

    /// <summary>A heading that skips a level.</summary>
    public const string CheckHeadingOrder = "DT0707";

    /// <summary>Empty paragraphs used for spacing.</summary>
    public const string CheckEmptyParagraphs = "DT0708";

    /// <summary>Numbers or bullets typed by hand instead of Word numbering (warning).</summary>
    public const string CheckManualNumbering = "DT0709";

    /// <summary>A table of contents without page numbers (warning).</summary>
    public const string CheckTocNoPages = "DT0710";

    /// <summary>Fields that make Word ask a question on opening (warning).</summary>
    public const string CheckFieldPrompt = "DT0711";

    /// <summary>Text with too little contrast against its background (warning).</summary>
    public const string CheckLowContrast = "DT0712";

    // 08xx: spreadsheets, packages, redlines
    /// <summary>A members spreadsheet that cannot be read (not found, not CSV or .xlsx, malformed, no header row).</summary>
    public const string SpreadsheetUnreadable = "DT0800";

    /// <summary>A spreadsheet without a column every organisation needs, or a row whose cell in it is empty.</summary>
    public const string SpreadsheetMissing = "DT0801";

    /// <summary>Two spreadsheet rows that would write the same profile file (same short name).</summary>
    public const string SpreadsheetDuplicate = "DT0802";

    /// <summary>A spreadsheet column header that is not a profile path, or sets a field another column sets.</summary>
    public const string SpreadsheetHeader = "DT0803";
}
