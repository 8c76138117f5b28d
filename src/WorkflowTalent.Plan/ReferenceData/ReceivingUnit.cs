namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>
/// A municipal unit that hosts trainees (接收单位, R4.1), found by the field's competent department (R2.1, R6.3).
/// </summary>
public sealed record ReceivingUnit
{
    public ReceivingUnit(string name, Field field, CompetentDepartment competentDepartment, IReadOnlyList<UnitDepartment> departments)
    {
        // R2.1: the unit's competent department must be one that organises its field.
        if (!field.CompetentDepartments.Contains(competentDepartment))
        {
            throw new ArgumentException($"{competentDepartment.Name} is not a competent department of {field.NameZh}.", nameof(competentDepartment));
        }

        Name = name;
        Field = field;
        CompetentDepartment = competentDepartment;
        Departments = departments;
    }

    public string Name { get; }

    public Field Field { get; }

    public CompetentDepartment CompetentDepartment { get; }

    public IReadOnlyList<UnitDepartment> Departments { get; }

    public UnitDepartment? FindDepartment(string name) => Departments.FirstOrDefault(d => d.Name == name);
}
