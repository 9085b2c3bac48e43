namespace PlanBot.Core.Documents;

/// <summary>What a section is for, found by meaning (synonyms, numbering and language ignored).</summary>
public enum SectionRole
{
    Unknown,

    // PRD (LerianStudio order)
    ExecutiveSummary,
    ProblemStatement,
    Goals,
    UserPersonas,
    UserStories,
    FunctionalRequirements,
    NonFunctionalRequirements,
    UserExperience,
    Scope,
    Assumptions,
    Dependencies,
    Risks,
    Timeline,
    SuccessCriteria,

    // TRD (LerianStudio order)
    SystemArchitecture,
    TechnologyStack,
    DatabaseDesign,
    ApiSpecifications,
    CoreEngine,
    Performance,
    Security,
    Deployment,
    Monitoring,
    Integrations,
    Testing,
}
