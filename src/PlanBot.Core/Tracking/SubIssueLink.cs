namespace PlanBot.Core.Tracking;

/// <summary>Issue <see cref="ChildNumber"/> is a sub-issue of issue <see cref="ParentNumber"/>.</summary>
public sealed record SubIssueLink(int ParentNumber, int ChildNumber);
