namespace DocTool.Core.Building;

/// <summary>One output of a build, rendered in memory and ready to be written.</summary>
public sealed record BuiltFile(string RelativePath, string Org, string Document, string Language, string Title, string Format, byte[] Bytes, string ProfileSha256)
{
    /// <summary>SHA-256 of the bytes.</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));
}
