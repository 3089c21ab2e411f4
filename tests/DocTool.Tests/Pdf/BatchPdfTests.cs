using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DocTool.Core.Building;
using DocTool.Core.Building.Pdf;
using DocTool.Core.Checking;
using DocTool.Core.Diagnostics;
using DocTool.Tests.Support;

namespace DocTool.Tests.Pdf;

/// <summary><c>batch --pdf</c>: PDFs on several LibreOffice processes, listed in the manifest, never half-written.</summary>
public class BatchPdfTests
{
    [LibreOfficeFact]
    public void Should_write_pdfs_and_page_numbered_docx_files_and_list_both_in_the_manifest()
    {
        using var dir = new TempDir();
        var output = dir.File("out");
        var request = new BatchRequest
        {
            Inputs = [Path.Combine(Repo.Samples, "kenya-national.yaml"), Path.Combine(Repo.Samples, "scswa.yaml")],
            Documents = ["membership-rules", "election-procedure"],
            Languages = ["en"],
            OutputDirectory = output,
            Jobs = 2,
            Pdf = new PdfOptions(PdfConverter.FindSoffice()!, Export: true, Processes: 2),
        };
        var outcome = new BatchRunner(Harness.Pack, "doctool test").Run(request);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        Assert.Equal(4, outcome.Built);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(output, Manifest.FileName)))!["files"]!.AsArray();
        Assert.Equal(8, manifest.Count);
        foreach (var entry in manifest)
        {
            var path = Path.Combine(output, entry!["path"]!.GetValue<string>());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), entry["sha256"]!.GetValue<string>());
        }

        Assert.Equal(4, manifest.Count(e => e!["format"]!.GetValue<string>() == "pdf"));
        Assert.All(outcome.Items, i => Assert.Contains(i.Outputs, o => o.Format == "pdf"));
        foreach (var docx in Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories))
        {
            var findings = DocxChecker.Check(docx);
            Assert.DoesNotContain(findings, d => d.Severity == Severity.Error || d.Code is "DT0710" or "DT0711");
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public void Should_leave_no_pdf_and_no_temporary_file_for_a_document_that_fails()
    {
        using var dir = new TempDir();
        var broken = dir.File("broken.docx");
        File.WriteAllBytes(broken, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]);
        var conversion = PdfConverter.Convert(PdfConverter.FindSoffice()!, [broken], TimeSpan.FromMinutes(2));
        Assert.Single(conversion.Errors);
        Assert.Empty(conversion.Written);
        Assert.Equal([broken], Directory.EnumerateFiles(dir.Path));
    }
}
