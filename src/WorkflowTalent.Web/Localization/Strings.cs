namespace WorkflowTalent.Web.Localization;

/// <summary>Names the UI's texts: <c>Strings.resx</c> holds the zh-CN texts, <c>Strings.en.resx</c> the English ones.</summary>
public sealed class Strings;
