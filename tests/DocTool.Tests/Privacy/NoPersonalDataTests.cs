using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocTool.Core.Building;
using DocTool.Tests.Support;

namespace DocTool.Tests.Privacy;

/// <summary>
/// Nothing identifying in a generated document: no part of the .docx holds the operating-system user
/// name, the host name, or the EXIF/XMP/text metadata (a seeded GPS position, author, comment) of the
/// logo; the author is the organisation.
/// </summary>
public class NoPersonalDataTests
{
    private const string GpsSeed = "DOCTOOL-GPS-SEED-51.5074N";
    private const string XmpSeed = "DOCTOOL-XMP-AUTHOR-SEED";
    private const string CommentSeed = "DOCTOOL-JPEG-COMMENT-SEED";
    private const string PngSeed = "DOCTOOL-PNG-AUTHOR-SEED";

    [Theory]
    [InlineData("acs-ci.yaml", "acs-ci-logo.jpg")]
    [InlineData("scswa.yaml", "logo.png")]
    public void Should_leave_no_personal_or_logo_metadata_in_any_part(string sample, string logo)
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, sample);
        var logoPath = Path.Combine(dir.Path, "assets", logo);
        File.WriteAllBytes(logoPath, logo.EndsWith(".jpg", StringComparison.Ordinal) ? SeedJpeg(File.ReadAllBytes(logoPath)) : SeedPng(File.ReadAllBytes(logoPath)));
        Assert.NotNull(ImageInfo.Read(File.ReadAllBytes(logoPath)));

        var outcome = Harness.Build(Harness.Pack, profile, dir.File("out"), docs: ["code-of-conduct"], langs: ["en"]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var docx = outcome.Written.Single(f => f.Format == "docx");

        using var zip = new ZipArchive(new MemoryStream(docx.Bytes));
        var media = 0;
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var text = Encoding.Latin1.GetString(bytes);
            foreach (var seed in new[] { GpsSeed, XmpSeed, CommentSeed, PngSeed, "Exif\0\0", "http://ns.adobe.com/xap/1.0/" })
            {
                Assert.False(text.Contains(seed, StringComparison.Ordinal), $"{entry.FullName} holds `{seed.TrimEnd('\0')}` from the logo's metadata");
            }

            foreach (var name in new[] { Environment.UserName, Environment.MachineName }.Where(n => n.Length >= 3))
            {
                Assert.False(Regex.IsMatch(Encoding.UTF8.GetString(bytes), $@"(?<![\w<:/]){Regex.Escape(name)}(?![\w>:])"), $"{entry.FullName} holds the name `{name}` of this machine or its user");
            }

            media += entry.FullName.StartsWith("word/media/", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(1, media);
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var properties = core.ReadToEnd();
        var creator = Regex.Match(properties, "<dc:creator>(.*?)</dc:creator>").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(creator));
        Assert.DoesNotContain(Environment.UserName + "<", properties);
        var modifiedBy = Regex.Match(properties, "<cp:lastModifiedBy>(.*?)</cp:lastModifiedBy>");
        Assert.True(!modifiedBy.Success || modifiedBy.Groups[1].Value == creator, $"lastModifiedBy is `{modifiedBy.Groups[1].Value}`, not the organisation");
    }

    [SofficeFact]
    public void Should_leave_no_personal_or_logo_metadata_in_the_pdf()
    {
        using var dir = new TempDir();
        var profile = Harness.ProfileVariant(dir, "acs-ci.yaml");
        var logoPath = Path.Combine(dir.Path, "assets", "acs-ci-logo.jpg");
        File.WriteAllBytes(logoPath, SeedJpeg(File.ReadAllBytes(logoPath)));
        var outcome = Harness.Build(Harness.Pack, profile, dir.File("out"), docs: ["code-of-conduct"], langs: ["en"]);
        Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics));
        var docx = Path.Combine(dir.File("out"), outcome.Written.Single(f => f.Format == "docx").RelativePath);
        var (written, _, errors) = PdfConverter.Convert(SofficeFactAttribute.Soffice!, [docx], TimeSpan.FromMinutes(2));
        Assert.True(errors.Count == 0, string.Join('\n', errors));

        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(Assert.Single(written)));
        foreach (var seed in new[] { GpsSeed, XmpSeed, CommentSeed, "Exif\0\0" })
        {
            Assert.DoesNotContain(seed, pdf, StringComparison.Ordinal);
        }

        foreach (var name in new[] { Environment.UserName, Environment.MachineName }.Where(n => n.Length >= 3))
        {
            Assert.False(Regex.IsMatch(pdf, $@"(?<![\w/]){Regex.Escape(name)}(?![\w])"), $"the PDF holds the name `{name}` of this machine or its user");
        }
    }

    [Fact]
    public void Should_keep_what_draws_the_picture()
    {
        var png = File.ReadAllBytes(Path.Combine(Repo.Samples, "assets", "apcsn-logo.png"));
        var stripped = ImageMetadata.Strip(SeedPng(png), "image/png");
        Assert.Equal(ImageInfo.Read(png), ImageInfo.Read(stripped));
        Assert.Contains("IDAT", Encoding.Latin1.GetString(stripped), StringComparison.Ordinal);
        Assert.DoesNotContain("tEXt", Encoding.Latin1.GetString(stripped), StringComparison.Ordinal);
        Assert.DoesNotContain("tIME", Encoding.Latin1.GetString(stripped), StringComparison.Ordinal);

        var jpeg = File.ReadAllBytes(Path.Combine(Repo.Samples, "assets", "acs-ci-logo.jpg"));
        Assert.Equal(jpeg, ImageMetadata.Strip(SeedJpeg(jpeg), "image/jpeg"));
    }

    /// <summary>The JPEG with an EXIF segment holding a GPS position, an XMP packet with an author and a comment, after the start marker.</summary>
    private static byte[] SeedJpeg(byte[] jpeg)
    {
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)v, (byte)(v >> 8)]);
        void U32(int v) => tiff.AddRange([(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)]);
        var method = Encoding.ASCII.GetBytes("ASCII\0\0\0" + GpsSeed);
        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);
        U16(1); // IFD0: one entry, the GPS IFD pointer
        U16(0x8825); U16(4); U32(1); U32(26);
        U32(0);
        U16(2); // GPS IFD at 26
        U16(0x0001); U16(2); U32(2); tiff.AddRange([(byte)'N', 0, 0, 0]); // GPSLatitudeRef
        U16(0x001B); U16(7); U32(method.Length); U32(56); // GPSProcessingMethod
        U32(0);
        tiff.AddRange(method);

        var exif = Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
        var xmp = Segment(0xE1, Encoding.ASCII.GetBytes($"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>{XmpSeed}</dc:creator></x:xmpmeta>"));
        var comment = Segment(0xFE, Encoding.ASCII.GetBytes(CommentSeed));
        return [.. jpeg[..2], .. exif, .. xmp, .. comment, .. jpeg[2..]];
    }

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    /// <summary>The PNG with a tEXt author chunk and an eXIf chunk before its image data.</summary>
    private static byte[] SeedPng(byte[] png)
    {
        var ihdrEnd = 8 + 12 + 13;
        return [.. png[..ihdrEnd], .. Chunk("tEXt", Encoding.Latin1.GetBytes("Author\0" + PngSeed)), .. Chunk("eXIf", Encoding.ASCII.GetBytes("MM\0*" + GpsSeed)), .. png[ihdrEnd..]];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = Crc32(typed);
        return [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. typed, (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

/// <summary>Runs when LibreOffice (<c>soffice</c>) is on PATH; otherwise skips and says why.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (Soffice is null)
        {
            Skip = "LibreOffice (soffice) is not on PATH: .ci/run installs libreoffice-writer-nogui";
        }
    }

    public static string? Soffice { get; } = PdfConverter.FindSoffice();
}
