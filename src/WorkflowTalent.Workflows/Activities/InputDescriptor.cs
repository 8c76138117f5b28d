namespace WorkflowTalent.Workflows.Activities;

/// <summary>An input an activity reads: its name, kind, whether it must be given, and for enumerations the allowed values.</summary>
public sealed record InputDescriptor(string Name, InputKind Kind, bool Required = false, IReadOnlyList<string>? AllowedValues = null);
