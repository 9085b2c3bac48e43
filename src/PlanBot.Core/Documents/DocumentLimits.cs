namespace PlanBot.Core.Documents;

/// <summary>Sizes past which a document is refused rather than read, by the command line and the GitHub App alike.</summary>
public static class DocumentLimits
{
    /// <summary>No real PRD or TRD is this large; past it analysis time and comment sizes stop being reasonable.</summary>
    public const long MaxBytes = 5L * 1024 * 1024;

    /// <summary>A plan template (<c>.github/planbot/plan.scriban</c> or <c>.liquid</c>, <c>--template</c>).</summary>
    public const long MaxTemplateBytes = 1L * 1024 * 1024;
}
