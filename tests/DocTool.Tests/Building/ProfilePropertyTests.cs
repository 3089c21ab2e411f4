using System.Globalization;
using CsCheck;
using DocTool.Core.Building;
using DocTool.Core.Profiles;
using DocTool.Tests.Support;

namespace DocTool.Tests.Building;

/// <summary>For arbitrary valid profiles, every document of the bundled pack builds and validates.</summary>
public class ProfilePropertyTests
{
    private static readonly Gen<string> Profiles =
        from kind in Gen.OneOf("regional_network", "national_network", "organisation")
        from legal in Gen.OneOf("association", "foundation", "public_foundation", "company_ltd_by_guarantee", "fiscally_hosted", "unregistered")
        from rule in Gen.OneOf("consensus_then_majority", "simple_majority", "two_thirds")
        from tie in Gen.OneOf("rerun_then_lot", "chair_casting_vote", "lot")
        from officer in Gen.OneOf("external", "staff", "committee")
        from remote in Gen.OneOf("allowed", "by_agreement", "not_offered")
        from flags in Gen.Bool.Array[6]
        from numbers in Gen.Int[0, 60].Array[4]
        from countries in Gen.OneOf("KE", "KE, UG", "KE, UG, TZ, RW, BI")
        from parental in Gen.OneOf("statutory", "90", "0")
        from fee in Gen.OneOf("0", "25", "1500.50")
        from langs in Gen.OneOf("en", "fr, en", "es", "ru, en", "zh")
        select StarterProfile.Create("Generated Network", ["en"], kind, "./schema.json")
            .Replace("legal_form: association", $"legal_form: {legal}", StringComparison.Ordinal)
            .Replace("decision_rule: consensus_then_majority", $"decision_rule: {rule}", StringComparison.Ordinal)
            .Replace("tie_break: rerun_then_lot", $"tie_break: {tie}", StringComparison.Ordinal)
            .Replace("returning_officer: external", $"returning_officer: {officer}", StringComparison.Ordinal)
            .Replace("remote_work: by_agreement", $"remote_work: {remote}", StringComparison.Ordinal)
            .Replace("has_staff: true", $"has_staff: {(flags[0] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("secret_ballot: true", $"secret_ballot: {(flags[1] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("staggered: true", $"staggered: {(flags[2] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("paid: false", $"paid: {(flags[3] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("online_allowed: true", $"online_allowed: {(flags[4] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("publish_sw_led_status: false", $"publish_sw_led_status: {(flags[5] ? "true" : "false")}", StringComparison.Ordinal)
            .Replace("notice_days: 21", $"notice_days: {numbers[0] + 1}", StringComparison.Ordinal)
            .Replace("nomination_days: 21", $"nomination_days: {numbers[1] + 1}", StringComparison.Ordinal)
            .Replace("investigation_days: 30", $"investigation_days: {numbers[2] + 1}", StringComparison.Ordinal)
            .Replace("at_large_seats: 3", $"at_large_seats: {(numbers[3] % 7) + 1}", StringComparison.Ordinal)
            .Replace("countries: [KE, UG, TZ]", $"countries: [{countries}]", StringComparison.Ordinal)
            .Replace("countries: [KE]", $"countries: [{countries}]", StringComparison.Ordinal)
            .Replace("parental: statutory", $"parental: {parental}", StringComparison.Ordinal)
            .Replace("annual_fee: 0}", $"annual_fee: {fee}}}", StringComparison.Ordinal)
            .Replace("primary: en", $"primary: {langs.Split(',')[0].Trim()}", StringComparison.Ordinal)
            .Replace("generate: [en]", $"generate: [{langs}]", StringComparison.Ordinal);

    [Fact]
    public void Should_build_every_document_for_arbitrary_valid_profiles()
    {
        Profiles.Sample(yaml =>
        {
            using var dir = new TempDir();
            var path = dir.File("profile.yaml");
            File.WriteAllText(path, yaml);
            var outcome = Harness.Build(Harness.Pack, path, dir.File("out"));
            Assert.True(outcome.ExitCode == 0, string.Join('\n', outcome.Diagnostics) + "\n--- profile ---\n" + yaml);
            foreach (var file in outcome.Written)
            {
                DocxCheck.AssertValid(file.Bytes, file.RelativePath);
            }
        }, iter: 12, threads: 1);
    }
}
