namespace PlanBot.Core.Documents.Review;

/// <summary>
/// The sections the LerianStudio pre-development prompts ask of a PRD (fourteen, Executive Summary to Success
/// Criteria) and a TRD (nine, System Architecture to Monitoring), in their order, with the names a reviewer uses.
/// </summary>
internal static class LerianStructure
{
    public static IReadOnlyList<(SectionRole Role, string Name)> Prd { get; } =
    [
        (SectionRole.ExecutiveSummary, "Executive Summary"),
        (SectionRole.ProblemStatement, "Problem Statement"),
        (SectionRole.Goals, "Goals and Objectives"),
        (SectionRole.UserPersonas, "User Personas"),
        (SectionRole.UserStories, "User Stories"),
        (SectionRole.FunctionalRequirements, "Functional Requirements"),
        (SectionRole.NonFunctionalRequirements, "Non-Functional Requirements"),
        (SectionRole.UserExperience, "User Experience"),
        (SectionRole.Scope, "Scope"),
        (SectionRole.Assumptions, "Assumptions"),
        (SectionRole.Dependencies, "Dependencies"),
        (SectionRole.Risks, "Risks and Mitigation"),
        (SectionRole.Timeline, "Timeline"),
        (SectionRole.SuccessCriteria, "Success Criteria"),
    ];

    public static IReadOnlyList<(SectionRole Role, string Name)> Trd { get; } =
    [
        (SectionRole.SystemArchitecture, "System Architecture"),
        (SectionRole.TechnologyStack, "Technology Stack"),
        (SectionRole.DatabaseDesign, "Database Design"),
        (SectionRole.ApiSpecifications, "API Specifications"),
        (SectionRole.CoreEngine, "Core Engine"),
        (SectionRole.Performance, "Performance"),
        (SectionRole.Security, "Security"),
        (SectionRole.Deployment, "Deployment"),
        (SectionRole.Monitoring, "Monitoring"),
    ];
}
