namespace PlanBot.Core.Planning.Scheduling;

/// <summary>A week of the schedule: its number across the plan, its phase, its dates and the parts of items it works on.</summary>
internal sealed record ScheduledWeek(int Number, int Phase, DateOnly Start, DateOnly Due, IReadOnlyList<Chunk> Chunks);
