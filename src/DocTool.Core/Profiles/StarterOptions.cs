namespace DocTool.Core.Profiles;

/// <summary>What <c>doctool init</c> was asked for.</summary>
public sealed record StarterOptions
{
    /// <summary>The organisation's name, in any script.</summary>
    public required string Name { get; init; }

    /// <summary>Languages to generate; the first is the primary language.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>regional_network, national_network or organisation.</summary>
    public string Kind { get; init; } = "organisation";

    /// <summary>Where the editor finds the JSON Schema (the modeline).</summary>
    public required string SchemaPath { get; init; }

    /// <summary>The short name; null: made from the name (<see cref="StarterChoices.ShortName"/>).</summary>
    public string? ShortName { get; init; }

    /// <summary>The ISO 3166-1 country of registration (and of work).</summary>
    public string Country { get; init; } = "KE";

    /// <summary>The ISO 4217 functional currency.</summary>
    public string Currency { get; init; } = "KES";
}
