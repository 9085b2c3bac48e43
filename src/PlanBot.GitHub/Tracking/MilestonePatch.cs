namespace PlanBot.GitHub.Tracking;

/// <summary>The body of <c>PATCH /repos/{owner}/{repo}/milestones/{milestone_number}</c>; null properties are left out.</summary>
public sealed record MilestonePatch(string? Title, string? Description, DateTimeOffset? DueOn, string? State);
