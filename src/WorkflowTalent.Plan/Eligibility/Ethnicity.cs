namespace WorkflowTalent.Plan.Eligibility;

/// <summary>A candidate's ethnicity by its Chinese name; any but 汉族 is a minority and relaxes the age limit (R5.1).</summary>
public sealed record Ethnicity
{
    public static readonly Ethnicity Han = new("汉族");

    public Ethnicity(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public bool IsMinority => Name != Han.Name;
}
