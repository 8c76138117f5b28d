namespace WorkflowTalent.Workflows.Definitions;

/// <summary>How an activity input is evaluated (Elsa 3's expression descriptors).</summary>
public enum ExpressionType
{
    Literal,
#pragma warning disable CA1720 // Elsa's name for the expression type, as written in definitions.
    Object,
#pragma warning restore CA1720
    JavaScript,
    Liquid,
    Variable,
}
