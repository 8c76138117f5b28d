using Microsoft.JSInterop;
using BlazorMonaco.Editor;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Components.Definitions;

public sealed partial class DefinitionEditor : IDisposable
{
    // Long enough not to call the service on every keystroke, short enough to feel live.
    private static readonly TimeSpan ValidationDelay = TimeSpan.FromMilliseconds(600);

    private StandaloneCodeEditor? editor;
    private DefinitionVersions? definition;
    private string? text;
    private string? savedText;
    private int? draftVersion;
    private int? baseVersion;
    private IReadOnlyList<DefinitionProblem> problems = [];
    private bool loading = true;
    private bool checking;
    private bool busy;
    // Monaco is created after the first render; until it reports back, its changes reach nobody.
    private bool ready;
    private bool monacoLoaded;
    private string? message;
    private Severity messageSeverity = Severity.Success;
    private TextPosition cursor = new(1, 1);
    private CancellationTokenSource? pendingCheck;
    private string[] decorations = [];

    [Parameter, EditorRequired]
    public string DefinitionId { get; set; } = "";

    private string Title => definition?.Name ?? DefinitionId;

    private int ErrorCount => problems.Count(p => p.IsError);

    private bool Dirty => text != savedText;

    // The server refuses an invalid draft anyway; the button says so before it is pressed.
    private bool CanPublish => !busy && !checking && ErrorCount == 0 && (draftVersion is not null || Dirty);

    private string BaseText => draftVersion is { } draft
        ? L["EditingDraft", draft]
        : baseVersion is { } published ? L["EditingFromVersion", published] : L["EditingNew"];

    protected override async Task OnParametersSetAsync()
    {
        loading = true;
        await LoadAsync();
        loading = false;
        if (text is not null)
            await CheckAsync(text, CancellationToken.None);
    }

    // The starting point: the draft if there is one, else the version cases start on (the published one), else the newest.
    private async Task LoadAsync()
    {
        definition = await Api.DefinitionAsync(DefinitionId);
        var draft = definition?.Versions.FirstOrDefault(v => v.Status == "Draft");
        var start = draft ?? definition?.Versions.FirstOrDefault(v => v.Status == "Published") ?? (definition?.Versions is [var newest, ..] ? newest : null);
        draftVersion = draft?.Version;
        baseVersion = start?.Version;
        text = start is null ? null : await Api.DefinitionJsonAsync(DefinitionId, start.Version);
        savedText = text;
    }

    private StandaloneEditorConstructionOptions EditorOptions(StandaloneCodeEditor _) => new()
    {
        Value = text,
        Language = "json",
        AutomaticLayout = true,
        TabSize = 2,
        Minimap = new EditorMinimapOptions { Enabled = false },
        ScrollBeyondLastLine = false,
        AriaLabel = L["EditorAriaLabel"],
    };

    private async Task ContentChangedAsync(ModelContentChangedEvent _)
    {
        if (editor is null)
            return;
        pendingCheck?.Cancel();
        pendingCheck?.Dispose();
        pendingCheck = new CancellationTokenSource();
        var token = pendingCheck.Token;
        checking = true;
        try
        {
            await Task.Delay(ValidationDelay, token);
        }
        catch (TaskCanceledException)
        {
            return; // a newer keystroke checks the newer text
        }
        // Read once typing pauses: the text crosses the circuit, and a definition is tens of kilobytes.
        text = await editor.GetValue();
        await CheckAsync(text, token);
    }

    private async Task CheckAsync(string json, CancellationToken cancellationToken)
    {
        checking = true;
        var check = await Definitions.ValidateAsync(DefinitionId, json, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
            return;
        problems = check?.Problems ?? [new DefinitionProblem("", L["ValidationUnavailable"], true)];
        checking = false;
        await MarkAsync(json);
    }

    private async Task EditorReadyAsync()
    {
        ready = true;
        if (text is not null)
            await MarkAsync(text);
    }

    // Beside the list, Monaco marks the lines with errors itself: a red band, and the problem on hover.
    private async Task MarkAsync(string json)
    {
        if (editor is null || !ready)
            return;
        var marks = problems
            .Where(p => p.IsError)
            .Select(p => (Problem: p, Place: JsonPathLocator.Locate(json, p.Path)))
            .Where(m => m.Place is not null)
            .Select(m => new ModelDeltaDecoration
            {
                Range = new BlazorMonaco.Range(m.Place!.Value.Line, 1, m.Place.Value.Line, 1),
                Options = new ModelDecorationOptions
                {
                    IsWholeLine = true,
                    ClassName = "definition-editor-error-line",
                    HoverMessage = [new BlazorMonaco.MarkdownString { Value = $"{m.Problem.Path}: {m.Problem.Message}" }],
                },
            })
            .ToArray();
        decorations = await editor.DeltaDecorations(decorations, marks);
    }

    private void CursorChanged(CursorPositionChangedEvent change) =>
        cursor = new TextPosition(change.Position.LineNumber, change.Position.Column);

    // A problem's path (root.activities[3].connections[0].target) placed in the current text; the cursor goes there.
    private async Task GoToAsync(DefinitionProblem problem)
    {
        if (editor is null)
            return;
        var current = await editor.GetValue();
        var place = JsonPathLocator.Locate(current, problem.Path) ?? new TextPosition(1, 1);
        await editor.SetPosition(new BlazorMonaco.Position { LineNumber = place.Line, Column = place.Column }, "problems");
        await editor.RevealLineInCenter(place.Line);
        await editor.Focus();
        cursor = place;
    }

    // The settings form rewrote the JSON: the editor shows it (and its change event validates it again).
    private async Task ReplaceTextAsync(string json)
    {
        if (editor is null)
            return;
        text = json;
        await editor.SetValue(json);
    }

    private async Task SaveAsync() => await SaveIfChangedAsync(force: true);

    private Task<bool> SaveIfChangedAsync() => SaveIfChangedAsync(force: false);

    private async Task<bool> SaveIfChangedAsync(bool force)
    {
        if (editor is null)
            return false;
        text = await editor.GetValue();
        if (!force && !Dirty && draftVersion is not null)
            return true;
        busy = true;
        try
        {
            var answer = await Definitions.SaveDraftAsync(DefinitionId, text);
            if (answer.Refused is { } refused)
            {
                problems = [.. refused.Fields.Select(f => new DefinitionProblem(f.Path, f.Message, true))];
                Say(refused.Message, Severity.Error);
                return false;
            }
            savedText = text;
            draftVersion = answer.Value!.Version.Version;
            problems = answer.Value.Problems;
            Say(L["DraftSaved", draftVersion], Severity.Success);
            definition = await Api.DefinitionAsync(DefinitionId);
            return true;
        }
        finally
        {
            busy = false;
            // The simulation panel saves through here: its event re-renders itself, not the editor's toolbar.
            StateHasChanged();
        }
    }

    private async Task PublishAsync()
    {
        if (!await SaveIfChangedAsync(force: false))
            return;
        busy = true;
        try
        {
            var answer = await Definitions.PublishDraftAsync(DefinitionId);
            if (answer.Refused is { } refused)
            {
                problems = [.. refused.Fields.Select(f => new DefinitionProblem(f.Path, f.Message, true))];
                Say(refused.Message, Severity.Error);
                return;
            }
            var published = answer.Value!.Version.Version;
            await LoadAsync();
            if (editor is not null && text is not null)
                await editor.SetValue(text);
            Say(L["VersionPublished", published], Severity.Success);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task DiscardAsync()
    {
        busy = true;
        try
        {
            if (await Definitions.DiscardDraftAsync(DefinitionId) is { } refused)
            {
                Say(refused.Message, Severity.Error);
                return;
            }
            await LoadAsync();
            if (editor is not null && text is not null)
                await editor.SetValue(text);
            Say(L["DraftDiscarded"], Severity.Info);
        }
        finally
        {
            busy = false;
        }
    }

    private void Say(string said, Severity severity)
    {
        message = said;
        messageSeverity = severity;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        await using var monaco = await JS.InvokeAsync<IJSObjectReference>("import", "./_content/WorkflowTalent.Web/js/monaco.js");
        await monaco.InvokeVoidAsync("load");
        monacoLoaded = true;
        StateHasChanged();
    }

    public void Dispose()
    {
        pendingCheck?.Cancel();
        pendingCheck?.Dispose();
    }
}
