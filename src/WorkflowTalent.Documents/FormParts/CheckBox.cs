namespace WorkflowTalent.Documents.FormParts;

/// <summary>Printed check boxes, as the paper forms tick their options.</summary>
internal static class CheckBox
{
    public const string Checked = "☑";
    public const string Unchecked = "☐";

    public static string Of(bool isChecked, string label) => (isChecked ? Checked : Unchecked) + " " + label;
}
