namespace PlanBot.Core.Documents;

/// <summary>
/// The stable codes of <see cref="QualityReviewer"/>'s findings (docs/quality-findings.md explains each). A code
/// keeps its meaning forever; a retired check leaves a gap rather than handing its number to another.
/// </summary>
public static class QualityCodes
{
    /// <summary>Sections of the LerianStudio PRD structure that are missing, listed in one finding.</summary>
    public const string PrdMissingSections = "PRD001";

    /// <summary>No functional requirement in the PRD.</summary>
    public const string PrdNoFunctionalRequirements = "PRD002";

    /// <summary>No success criteria in either document.</summary>
    public const string PrdNoSuccessCriteria = "PRD003";

    /// <summary>A functional requirement without acceptance criteria.</summary>
    public const string PrdNoAcceptanceCriteria = "PRD004";

    /// <summary>A functional requirement without a priority.</summary>
    public const string PrdNoPriority = "PRD005";

    /// <summary>A requirement id used a second time in the PRD.</summary>
    public const string PrdDuplicateId = "PRD006";

    /// <summary>Requirements written without an id (information).</summary>
    public const string PrdRequirementsWithoutId = "PRD007";

    /// <summary>Requirements that wait for each other (a "Depends on" column or their own words).</summary>
    public const string PrdDependencyCycle = "PRD008";

    /// <summary>Sections of the LerianStudio TRD structure that are missing, listed in one finding.</summary>
    public const string TrdMissingSections = "TRD001";

    /// <summary>No measurable performance target in either document.</summary>
    public const string TrdNoPerformanceTarget = "TRD002";

    /// <summary>An endpoint no PRD requirement accounts for (information).</summary>
    public const string TrdUntracedEndpoint = "TRD003";

    /// <summary>A requirement id used a second time in the TRD.</summary>
    public const string TrdDuplicateId = "TRD004";
}
