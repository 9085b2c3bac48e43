namespace PlanBot.Core.Documents;

/// <summary>The PRD and TRD of one product, analysed.</summary>
public sealed record DocumentSet(RequirementsDocument Prd, RequirementsDocument Trd);
