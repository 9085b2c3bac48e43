namespace PlanBot.Core.Planning;

/// <summary>
/// What the planner needs besides documents and answers. <see cref="Today"/> comes from the edge's TimeProvider.
/// <see cref="PhaseNames"/> and <see cref="HoursPerPersonPerWeek"/> come from the repository's
/// <c>.github/planbot.yml</c> (<c>RepositoryConfig</c>): names replace the standard's phase names in order, and the
/// hours replace the built-in default when nobody answered <c>team.hours_per_week</c>.
/// </summary>
public sealed record PlanningOptions(DateOnly Today, ValueList<string>? PhaseNames = null, decimal? HoursPerPersonPerWeek = null);
