using MudBlazor;

namespace WorkflowTalent.Web.Components.Layout;

/// <summary>
/// MudBlazor's palette with the status colours darkened so white text on them meets WCAG AA contrast (4.5:1):
/// the defaults (error #f44336, success #00c853) do not, and axe reports them as serious.
/// </summary>
public static class WorkflowTheme
{
    public static MudTheme Value { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Error = "#c62828",
            Success = "#2e7d32",
            Info = "#01579b",
            Warning = "#9a4a00",
        },
    };
}
