namespace PlanBot.Core.Documents;

/// <summary>What a reviewer would flag. <see cref="Code"/> is stable (e.g. <c>PRD001</c>); <see cref="Line"/> is 0 when the finding is about something absent.</summary>
public sealed record QualityFinding(DocumentKind Document, string Code, FindingSeverity Severity, int Line, string Message);
