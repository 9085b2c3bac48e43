namespace PlanBot.Core.Documents;

/// <summary>A line of prose the analysis keeps: a risk, a success criterion.</summary>
public sealed record DocumentItem(string Text, int Line);
