namespace DocTool.Core.Docx;

/// <summary>The font slots of a document language (Word has separate slots per script).</summary>
internal sealed record Fonts(string Latin, string EastAsia, string ComplexScript)
{
    /// <summary>
    /// Fonts that cover each language's script: Arial (Liberation Sans on Linux) covers Latin and
    /// Cyrillic; Chinese needs a CJK font in the East Asian slot; Arabic a complex-script font.
    /// </summary>
    public static Fonts For(string language, string? overrideFont)
    {
        var latin = overrideFont ?? "Arial";
        return language switch
        {
            "zh" or "zh-CN" or "zh-Hans" => new Fonts(latin, "Noto Sans CJK SC", latin),
            "ar" => new Fonts(latin, latin, overrideFont ?? "Noto Sans Arabic"),
            _ => new Fonts(latin, "Noto Sans CJK SC", latin),
        };
    }
}
