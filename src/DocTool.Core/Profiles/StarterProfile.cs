using System.Globalization;
using System.Text;

namespace DocTool.Core.Profiles;

/// <summary>
/// Writes a complete, commented starter profile (format v1) that validates as written, for
/// <c>doctool init</c>. Every field is present with a sensible value and a comment saying what it does.
/// </summary>
public static class StarterProfile
{
    /// <summary>The organisation kinds a starter profile can be made for.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["regional_network", "national_network", "organisation"];

    /// <summary>Makes the YAML text.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="languages">Languages to generate; the first is the primary language.</param>
    /// <param name="kind">regional_network, national_network or organisation.</param>
    /// <param name="schemaPath">Where the editor finds the JSON Schema (the modeline).</param>
    public static string Create(string name, IReadOnlyList<string> languages, string kind, string schemaPath) =>
        Create(new StarterOptions { Name = name, Languages = languages, Kind = kind, SchemaPath = schemaPath });

    /// <summary>
    /// Makes the YAML text. Every text slot of a language other than English that DocTool cannot fill
    /// holds a <c>TODO(lang): English text</c> placeholder, which <c>validate</c> reports (DT0313).
    /// </summary>
    public static string Create(StarterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (name, kind, schemaPath) = (options.Name, options.Kind, options.SchemaPath);
        var langs = options.Languages.Count == 0 ? ["en"] : options.Languages.Distinct().ToList();
        var isNetwork = kind != "organisation";
        var shortName = options.ShortName ?? StarterChoices.ShortName(name) ?? "ORG";
        var country = options.Country;
        var currency = options.Currency;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# yaml-language-server: $schema={schemaPath}");
        sb.AppendLine("#");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Organisation profile for {name} (DocTool profile format v1).");
        sb.AppendLine("# Edit the values, then check them with `doctool validate <this file>` and build the documents");
        sb.AppendLine("# with `doctool build <this file>`. A \"text\" field is either one string or one string per");
        sb.AppendLine("# language ({en: \"...\", fr: \"...\"}); missing languages fall back to languages.primary.");
        sb.AppendLine("# Amounts are plain numbers in finance.currency.functional. Dates: \"YYYY-MM-DD\"; days of the year: \"MM-DD\".");
        sb.AppendLine("profile_version: 1");
        sb.AppendLine();
        sb.AppendLine("org:");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  name: {Quote(name)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  short_name: {Quote(shortName)}              # used for file names and the header");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  kind: {kind}            # regional_network | national_network | organisation");
        sb.AppendLine("  legal_form: association         # association | foundation | public_foundation | company_ltd_by_guarantee | fiscally_hosted | unregistered");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  registration: {{country: {country}, number: null, fiscal_host: null}}   # ISO 3166-1 country of registration; number and fiscal host may be null");
        var region = StarterChoices.Region(country);
        sb.AppendLine(CultureInfo.InvariantCulture, $"  region: {{nswp_region: {region ?? "africa"}, subregion: null}}   # {(region is null ? "check this: " : string.Empty)}africa | asia_pacific | europe | latin_america | north_america_caribbean");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  countries: [{(isNetwork && kind == "regional_network" && country == "KE" ? "KE, UG, TZ" : country)}]              # ISO 3166-1 codes of the countries you work in");
        sb.AppendLine("  founded: 2015");
        sb.AppendLine("  contact: {email: info@example.org, concerns_email: concerns@example.org, website: null, address: null}");
        sb.AppendLine("  branding:");
        sb.AppendLine("    logo: null                    # path to a PNG or JPEG, relative to this file");
        sb.AppendLine("    colours: {primary: \"#1F3864\", secondary: \"#404040\"}");
        sb.AppendLine("    font: null                    # null = the language's default font");
        sb.AppendLine();
        sb.AppendLine("languages:");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  primary: {langs[0]}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  generate: [{string.Join(", ", langs)}]              # languages built by default");
        sb.AppendLine();
        sb.AppendLine("values:");
        sb.AppendLine("  core: [sex_work_is_work, oppose_criminalisation, self_determination]");
        sb.AppendLine("  endorses: [consensus_statement]");
        sb.AppendLine();
        sb.AppendLine("sw_led:                           # minimum share of sex workers (current or former), in percent");
        sb.AppendLine("  board_pct: 60");
        sb.AppendLine("  spokespeople_pct: 60");
        sb.AppendLine("  staff_pct: 33");
        sb.AppendLine();
        sb.AppendLine("membership:");
        sb.AppendLine("  categories:                     # each category: votes, whether members may hold office, annual fee");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    - {{id: full, name: {Text("Full member", langs)}, sw_led_required: true, votes: 1, can_hold_office: true, annual_fee: 0}}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    - {{id: associate, name: {Text("Associate member", langs)}, sw_led_required: false, votes: 0, can_hold_office: false, annual_fee: 0}}");
        sb.AppendLine("  fee_currency: USD");
        sb.AppendLine("  admission: {decided_by: board, max_days: 60, verification: references}   # decided_by: board | general_assembly | executive_director; verification: regional_check | references | self_declaration");
        sb.AppendLine("  annual_update_due: \"03-31\"");
        sb.AppendLine("  arrears_months: 12");
        sb.AppendLine("  public_listing_default: false   # members are not listed publicly unless they agree");
        sb.AppendLine("  publish_sw_led_status: false");
        sb.AppendLine("  appeal_to: general_assembly     # general_assembly | board | appeals_committee");
        sb.AppendLine();
        sb.AppendLine("governance:");
        sb.AppendLine("  general_assembly: {every_months: 24, notice_days: 21, quorum_pct: 50, online_allowed: true}");
        sb.AppendLine("  board:");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    name: {Text("Board", langs)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    seats_per_country: {(kind == "regional_network" ? 1 : 0)}");
        sb.AppendLine("    at_large_seats: 3");
        sb.AppendLine("    min_sw_pct: 60");
        sb.AppendLine("    term_years: 2");
        sb.AppendLine("    max_consecutive_terms: 2");
        sb.AppendLine("    staggered: true");
        sb.AppendLine("    meetings_per_year: 4");
        sb.AppendLine("    quorum_pct: 50");
        sb.AppendLine("    paid: false                   # board members are unpaid; expenses are reimbursed");
        sb.AppendLine("  officers: [chair, treasurer, secretary]");
        sb.AppendLine("  decision_rule: consensus_then_majority   # consensus_then_majority | simple_majority | two_thirds");
        sb.AppendLine();
        sb.AppendLine("elections:");
        sb.AppendLine("  returning_officer: external     # external | staff | committee");
        sb.AppendLine("  nomination_days: 21");
        sb.AppendLine("  voting_days: 14");
        sb.AppendLine("  secret_ballot: true");
        sb.AppendLine("  tie_break: rerun_then_lot       # rerun_then_lot | chair_casting_vote | lot");
        sb.AppendLine();
        sb.AppendLine("finance:");
        sb.AppendLine("  fiscal_year_start: \"01-01\"");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  currency: {{functional: {currency}, reporting: USD}}   # ISO 4217; amounts below are in the functional currency");
        sb.AppendLine("  budget: {approved_by: board, deadline: \"12-15\", variance_pct: 10}");
        sb.AppendLine("  approval_limits:                # ascending; the last row has max: null (no upper limit)");
        sb.AppendLine("    - {max: 50000, approver: finance_officer}");
        sb.AppendLine("    - {max: 500000, approver: executive_director}");
        sb.AppendLine("    - {max: null, approver: [executive_director, treasurer]}");
        sb.AppendLine("  signatories: {panel: [chair, treasurer, executive_director], required: 2}");
        sb.AppendLine("  petty_cash: {float: 30000, max_single_payment: 5000}");
        sb.AppendLine("  procurement:                    # ascending, same rule as approval_limits");
        sb.AppendLine("    - {max: 50000, quotes: 1}");
        sb.AppendLine("    - {max: 500000, quotes: 3}");
        sb.AppendLine("    - {max: null, method: tender}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  travel: {{per_diem: {{{country}: 4000, default: 6000}}, air_class: economy, advance_settle_days: 10}}");
        sb.AppendLine("  assets: {capitalise_from: 50000}");
        sb.AppendLine("  audit: {external: annual, rotate_auditor_years: 5}");
        sb.AppendLine("  records_retention_years: 7");
        sb.AppendLine();
        sb.AppendLine("hr:");
        sb.AppendLine("  has_staff: true                 # false: the HR manual covers volunteers and consultants only");
        sb.AppendLine("  lived_experience_priority: true");
        sb.AppendLine("  status_disclosure_required: false   # must stay false: nobody is required to disclose sex work, HIV or migration status");
        sb.AppendLine("  probation_months: 3");
        sb.AppendLine("  hours_per_week: 40");
        sb.AppendLine("  remote_work: by_agreement       # allowed | by_agreement | not_offered");
        sb.AppendLine("  leave_days: {annual: 21, sick: 10, sick_certificate_after: 3, parental: statutory, partner: 10, compassionate: 5}");
        sb.AppendLine("  salary_scale: {grades: 5, steps: 4}");
        sb.AppendLine("  notice_weeks: {probation: 1, under_2_years: 4, over_2_years: 8}");
        sb.AppendLine();
        sb.AppendLine("code_of_conduct:");
        sb.AppendLine("  applies_to: [staff, board, consultants, volunteers]");
        sb.AppendLine("  gift_limit: 3000");
        sb.AppendLine("  investigation_days: 30");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  focal_point: {Text("the Safeguarding Focal Point", langs)}");
        sb.AppendLine();
        sb.AppendLine("style:");
        sb.AppendLine("  inclusive: {fr: capital_suffix, es: epicene, ru: generic}   # see the template authoring guide");
        sb.AppendLine("  date_of_adoption: \"2026-01-01\"  # printed on every document; never the current date");
        sb.AppendLine("  version: \"1.0\"");
        return sb.ToString();
    }

    /// <summary>English where the language is English, a TODO placeholder in every other language.</summary>
    private static string Text(string english, List<string> langs)
    {
        string In(string lang) => lang == "en" ? Quote(english) : Quote($"TODO({lang}): {english}");
        return langs.Count == 1 ? In(langs[0]) : "{" + string.Join(", ", langs.Select(l => $"{l}: {In(l)}")) + "}";
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
