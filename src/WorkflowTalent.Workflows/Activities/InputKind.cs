namespace WorkflowTalent.Workflows.Activities;

/// <summary>What an input's value must be; the validator checks literals of each kind.</summary>
public enum InputKind
{
    /// <summary>Any value; text after evaluation.</summary>
    Text,
    Boolean,

    /// <summary>ISO 8601 duration (P3D, PT2H, P6M) or d.hh:mm:ss.</summary>
    Duration,
    DateTime,

    /// <summary>A duration from now or an absolute date-time (HumanTask <c>due</c>).</summary>
    DurationOrDateTime,

    /// <summary>A cron expression of 5 or 6 fields.</summary>
    Cron,

    /// <summary>A JSON array of strings, or JSON text of one.</summary>
    StringList,

    /// <summary>Any JSON value, or JSON text of one.</summary>
    Json,

    /// <summary>Names a declared variable: a bare name, or Elsa's variable object <c>{ id, name, … }</c>.</summary>
    VariableReference,

    /// <summary>JavaScript source given as a literal (Elsa.RunJavaScript's <c>script</c>).</summary>
    Script,

    /// <summary>FlowSwitch cases: <c>[{ label, condition }]</c>.</summary>
    SwitchCases,

    /// <summary>HumanTask form fields: <c>[{ name, type, required?, options? }]</c>.</summary>
    FormFields,
}
