namespace PlanBot.Core.Documents;

/// <summary>What a stated fact answers: the scoping question it is the default of.</summary>
public enum FactKind
{
    TeamSize,
    StartDate,
    Deadline,
    DeploymentStrategy,

    /// <summary>The effort the documents estimate for the whole work ("3 working days", "Estimate: ~2 weeks"): "3 days", "2 weeks".</summary>
    Effort,

    /// <summary>The hours each person gives the work a week ("Hours per week: 20", "20 hours a week per developer"): "20 hours per person".</summary>
    HoursPerWeek,

    /// <summary>The test coverage the documents require ("at least 80% code coverage"): "80%".</summary>
    Coverage,
}
