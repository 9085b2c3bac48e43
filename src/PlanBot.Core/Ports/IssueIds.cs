namespace PlanBot.Core.Ports;

/// <summary>A created issue: its number, and the database id the sub-issue API takes.</summary>
public sealed record IssueIds(int Number, long DatabaseId);
