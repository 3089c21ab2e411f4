using System.Globalization;
using System.Text;
using CsCheck;
using DocTool.Core.Diagnostics;
using DocTool.Core.Docx;
using DocTool.Core.Markdown;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

/// <summary>
/// For arbitrary Markdown (headings, nested lists, tables, emphasis, text from many scripts, control
/// characters), the writer produces a .docx with zero validation errors or a clean diagnostic — never
/// an exception, never an invalid file.
/// </summary>
public class WriterPropertyTests
{
    private static readonly string[] Scripts =
    [
        "sex workers", "travailleurSEs du sexe", "trabajadoras sexuales", "секс-работники", "性工作者", "العاملون في الجنس",
        "עובדות מין", "सेक्स वर्कर", "พนักงานบริการ", "🙂👩🏽‍⚕️", "a\u0007b", "\u0000", "x\uD800y", "\uFFFE", "tab\there", "**", "_", "<b>html</b>", "&amp;", "[link](https://example.org)", "\\", "|", "`code`",
    ];

    private static readonly Gen<string> Words = Gen.OneOf(Scripts).Array[1, 6].Select(a => string.Join(' ', a));

    private static readonly Gen<string> Inline = Gen.OneOf(
        Words,
        Words.Select(w => $"**{w}**"),
        Words.Select(w => $"*{w}*"),
        Words.Select(w => $"[{w}](https://example.org/{Uri.EscapeDataString(w)})"),
        Gen.Char.Array[0, 20].Select(c => new string(c)));

    private static readonly Gen<string> Paragraph = Inline.Array[1, 4].Select(a => string.Join(' ', a).Replace("\n", " ", StringComparison.Ordinal));

    private static readonly Gen<string> ListBlock = Gen.Select(Gen.Bool, Paragraph.Array[1, 4], Gen.Int[0, 2], (ordered, items, nest) =>
    {
        var sb = new StringBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            var indent = new string(' ', Math.Min(i, nest) * (ordered ? 3 : 2));
            sb.Append(indent).Append(ordered ? $"{i + 1}. " : "- ").Append(items[i].Trim().Length == 0 ? "x" : items[i]).Append('\n');
        }

        return sb.ToString();
    });

    private static readonly Gen<string> TableBlock = Gen.Select(Gen.Int[1, 4], Gen.Int[0, 4], Paragraph, Gen.Bool, (cols, rows, cell, malformed) =>
    {
        var sb = new StringBuilder();
        sb.Append('|').Append(string.Concat(Enumerable.Range(0, cols).Select(c => $" H{c} |"))).Append('\n');
        sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", cols))).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            var n = malformed ? cols + (r % 3) - 1 : cols;
            sb.Append('|').Append(string.Concat(Enumerable.Range(0, Math.Max(0, n)).Select(_ => $" {cell.Replace("|", "/", StringComparison.Ordinal)} |"))).Append('\n');
        }

        return sb.ToString();
    });

    private static readonly Gen<string> Block = Gen.OneOf(Paragraph.Select(p => p + "\n"), ListBlock, TableBlock, Gen.Const("\\pagebreak\n"), Gen.Const("> quoted text\n"), Gen.Const("    indented code\n"), Gen.Const("---\n"));

    private static readonly Gen<string> Document = Gen.Select(Block.Array[1, 8], Gen.Int[1, 4], Gen.Bool, (blocks, sections, annex) =>
    {
        var sb = new StringBuilder();
        for (var s = 0; s < sections; s++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"# Section {s} {{#section-{s}}}\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"## Sub {s} {{#sub-{s}}}\n\n");
            foreach (var block in blocks)
            {
                sb.Append(block).Append('\n');
            }
        }

        if (annex)
        {
            sb.Append("# Form {#annex-form .annex}\n\nName: ____\n");
        }

        return sb.ToString();
    });

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public void Should_write_a_valid_docx_or_a_clean_diagnostic_for_any_markdown(string lang)
    {
        var strings = Harness.Pack.Strings["en"];
        Document.Sample(markdown =>
        {
            var bag = new DiagnosticBag();
            var parsed = MarkdownParser.Parse(markdown, "generated.md", bag);
            if (parsed is null)
            {
                Assert.True(bag.HasErrors);
                Assert.All(bag.Sorted, d => Assert.StartsWith("DT", d.Code, StringComparison.Ordinal));
                return;
            }

            var docx = DocxWriter.Write(new DocxRequest
            {
                Document = parsed,
                Title = "Generated",
                OrgName = "Org \u0001 <&>",
                Version = "1.0",
                AdoptedOn = "1 March 2026",
                Language = lang,
                Culture = Core.Localization.CultureResolver.For(lang, null),
                Strings = strings,
                DocumentId = "generated",
                PackId = "test",
                PackVersion = "0",
                ProfileHash = "0",
            });
            var errors = DocxCheck.Errors(docx);
            Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5)) + "\n--- markdown ---\n" + markdown);
        }, iter: 100, threads: 1);
    }
}
