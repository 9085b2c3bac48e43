namespace PlanBot.Core.Ports;

/// <summary>An issue to create, in milestone number <see cref="Milestone"/> when set.</summary>
public sealed record IssueDraft(string Title, string Body, ValueList<string> Labels, int? Milestone);
