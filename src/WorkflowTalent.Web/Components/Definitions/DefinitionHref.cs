namespace WorkflowTalent.Web.Components.Definitions;

/// <summary>Where the administrators' page of one definition is.</summary>
public static class DefinitionHref
{
    public const string List = "/admin/definitions";

    public static string For(string definitionId) => $"{List}/{Uri.EscapeDataString(definitionId)}";
}
