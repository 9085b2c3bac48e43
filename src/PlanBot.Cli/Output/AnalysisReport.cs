using PlanBot.Core;
using PlanBot.Core.Documents;

namespace PlanBot.Cli.Output;

/// <summary>What <c>planbot analyze --json</c> prints: the analysed documents and the reviewer's findings.</summary>
public sealed record AnalysisReport(DocumentSet Documents, ValueList<QualityFinding> Findings);
