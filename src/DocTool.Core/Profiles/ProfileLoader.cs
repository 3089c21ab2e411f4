using System.Security.Cryptography;
using DocTool.Core.Diagnostics;
using DocTool.Core.Packs;

namespace DocTool.Core.Profiles;

/// <summary>Reads a profile file, validates it against the format and the pack, and fills defaults.</summary>
public static class ProfileLoader
{
    /// <summary>Loads and validates; null with diagnostics when the profile is not usable.</summary>
    public static LoadedProfile? Load(string path, TemplatePack pack, DiagnosticBag bag, ProfileLimits? limits = null)
    {
        var display = PackLoader.Display(path);
        var local = new DiagnosticBag();
        var root = YamlReader.ReadFile(path, display, local, limits);
        if (root is not null)
        {
            Validation.ProfileValidator.Validate(root, display, pack.Languages.ToHashSet(StringComparer.Ordinal), local);
        }

        bag.AddRange(local.Sorted);
        if (root is null || local.HasErrors)
        {
            return null;
        }

        Validation.ProfileNormalizer.ApplyDefaults(root);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        return new LoadedProfile(path, display, root, hash);
    }
}
