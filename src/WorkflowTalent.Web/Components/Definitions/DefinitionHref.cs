namespace WorkflowTalent.Web.Components.Definitions;

/// <summary>Where the administrators' page of one definition is.</summary>
public static class DefinitionHref
{
    public const string List = "/admin/definitions";

    public static string For(string definitionId) => $"{List}/{Uri.EscapeDataString(definitionId)}";

    /// <summary>The definition editor: the draft, or the published version to start one from.</summary>
    public static string Editor(string definitionId) => $"{For(definitionId)}/edit";
}
