using System.Diagnostics;
using DocTool.Core.Building;
using DocTool.Core.Docx;
using DocTool.Tests.Support;

namespace DocTool.Tests.Docx;

/// <summary>Right-to-left and CJK output, and what LibreOffice actually renders.</summary>
public class ScriptsAndRenderingTests
{
    private const string English = """
        # Purpose {#purpose}

        {{ org.name }} works for the rights of sex workers.

        ## Numbered steps {#steps}

        1. Alpha step
        2. Beta step

        Between the lists.

        1. Gamma step
        2. Delta step

        # Decisions {#decisions}

        | Role | Votes |
        |---|---|
        | Chair | 1 |

        """;

    private const string Chinese = """
        # 宗旨 {#purpose}

        {{ org.name }}致力于维护性工作者的权利。

        ## 编号步骤 {#steps}

        1. 第一步
        2. 第二步

        两个列表之间。

        1. 第三步
        2. 第四步

        # 决策 {#decisions}

        | 角色 | 票数 |
        |---|---|
        | 主席 | 1 |

        """;

    private const string Arabic = """
        # الغرض {#purpose}

        تعمل {{ org.name }} من أجل حقوق العاملين والعاملات في مجال الجنس.

        ## الخطوات {#steps}

        1. الخطوة الأولى
        2. الخطوة الثانية

        | الدور | الأصوات |
        |---|---|
        | الرئيس | {{ num 1 }} |

        """;

    private static byte[] Build(string lang, TempDir dir)
    {
        using var pack = new TestPack(English, English, new Dictionary<string, string> { ["zh"] = Chinese, ["ar"] = Arabic });
        var profile = Harness.ProfileVariant(dir, "scswa.yaml");
        var outcome = Harness.Build(pack.Load(), profile, dir.File("out"), langs: [lang]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        return outcome.Written.Single().Bytes;
    }

    [Fact]
    public void Should_write_right_to_left_paragraphs_runs_and_tables_for_arabic()
    {
        using var dir = new TempDir();
        var docx = Build("ar", dir);
        DocxCheck.AssertValid(docx, "arabic");
        using var stream = new MemoryStream(docx);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var xml = doc.MainDocumentPart!.Document.OuterXml;
        Assert.Contains("<w:bidi />", xml);
        Assert.Contains("<w:rtl />", xml);
        Assert.Contains("<w:bidiVisual />", xml);
        Assert.Contains("w:lang: val=ar-EG", DocxProjection.Project(docx));
    }

    [Fact]
    public void Should_fill_the_east_asian_slot_for_chinese()
    {
        using var dir = new TempDir();
        var projection = DocxProjection.Project(Build("zh", dir));
        Assert.Contains("w:lang: val=zh-CN eastAsia=zh-CN", projection);
        Assert.Contains("eastAsia=Noto Sans CJK SC", projection);
    }

    [LibreOfficeFact]
    public void Should_render_in_libreoffice_with_toc_restarted_lists_header_and_cjk_font()
    {
        var soffice = PdfConverter.FindSoffice();
        using var dir = new TempDir();
        var en = dir.File("en.docx");
        var zh = dir.File("zh.docx");
        File.WriteAllBytes(en, Build("en", dir));
        File.WriteAllBytes(zh, Build("zh", dir));
        var (written, _, errors) = PdfConverter.Convert(soffice!, [en, zh], TimeSpan.FromMinutes(3));
        Assert.Empty(errors);
        Assert.Equal(2, written.Count);

        var text = Run("pdftotext", "-layout", dir.File("en.pdf"), "-");
        var pages = text.Split('\f');
        Assert.Contains("Contents", pages[1]);
        Assert.Contains("1.1", pages[1]);
        Assert.Contains("Numbered steps", pages[1]);
        Assert.Contains("Steppe & Caucasus Sex Worker Alliance", pages[2]);
        Assert.Matches(@"1\.\s+Alpha step", text);
        Assert.Matches(@"2\.\s+Beta step", text);
        Assert.Matches(@"1\.\s+Gamma step", text);
        Assert.Matches(@"Page 3 of \d", text);

        var fonts = Run("pdffonts", dir.File("zh.pdf"));
        Assert.Matches(@"(?m)^\S*(NotoSansCJK|NotoSerifCJK|Noto Sans CJK)\S*\s.*\byes\b", fonts);
        Assert.Contains("性工作者", Run("pdftotext", dir.File("zh.pdf"), "-"));
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
