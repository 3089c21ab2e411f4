using System.Globalization;
using DocTool.Core.Diagnostics;
using DocTool.Core.Text;

namespace DocTool.Core.Profiles.Validation;

/// <summary>Branding colours that would be hard to read (WCAG AA), as heading text on white and behind white table headings.</summary>
internal static partial class SemanticRules
{
    private static void Colours(YMapping root, DiagnosticBag bag)
    {
        if (At(root, "org", "branding", "colours", "primary") is YScalar { Value: string colour } node && Contrast.IsHex(colour))
        {
            var ratio = Contrast.Ratio(colour, "FFFFFF");
            if (ratio < Contrast.AA)
            {
                bag.Warning(node.Span, Codes.LowContrast, string.Create(CultureInfo.InvariantCulture,
                    $"`org.branding.colours.primary` {colour} has a contrast ratio of {ratio:0.00}:1 against white, below the 4.5:1 that text needs (WCAG AA); headings and table headings in this colour are hard to read for many people; a darker shade of it such as \"#{Contrast.Darken(colour)}\" reaches {Contrast.Ratio(Contrast.Darken(colour), "FFFFFF"):0.00}:1"));
            }
        }
    }
}
