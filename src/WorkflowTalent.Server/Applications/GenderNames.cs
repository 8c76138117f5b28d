using WorkflowTalent.Persistence.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>性别 as the forms print it (男, 女), and as a request may give it (男, 女, male, female).</summary>
internal static class GenderNames
{
    public static string NameZh(this Gender gender) => gender switch
    {
        Gender.Male => "男",
        Gender.Female => "女",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    public static Gender? Parse(string? text)
    {
        var value = text?.Trim();
        foreach (var gender in Enum.GetValues<Gender>())
        {
            if (value == gender.NameZh() || string.Equals(value, gender.ToString(), StringComparison.OrdinalIgnoreCase))
                return gender;
        }

        return null;
    }
}
