namespace PlanBot.Core.Scoping;

/// <summary>The stable ids of the built-in questions. People type these; never rename one.</summary>
public static class QuestionIds
{
    public const string TeamSize = "team.size";
    public const string TeamExperience = "team.experience";
    public const string TeamDomainExperts = "team.domain_experts";
    public const string TeamHoursPerWeek = "team.hours_per_week";

    public const string StartDate = "timeline.start_date";
    public const string Deadline = "timeline.deadline";
    public const string Milestones = "timeline.milestones";
    public const string Effort = "timeline.effort";
    public const string ExternalDependencies = "timeline.dependencies";
    public const string MvpScope = "scope.mvp";
    public const string NiceToHave = "scope.nice_to_have";
    public const string ProjectKind = "scope.kind";

    public const string TechnicalRisks = "risk.technical";
    public const string Unknowns = "risk.unknowns";
    public const string RiskyIntegrations = "risk.integrations";
    public const string HardestTargets = "risk.performance";

    public const string TestApproach = "quality.test_approach";
    public const string QualityGates = "quality.gates";
    public const string PerformanceTesting = "quality.performance_testing";
    public const string Documentation = "quality.documentation";

    public const string DeploymentStrategy = "deploy.strategy";
    public const string OperationalNeeds = "deploy.operations";
    public const string MonitoringRollout = "deploy.monitoring";
    public const string BackupRecovery = "deploy.backup";
}
