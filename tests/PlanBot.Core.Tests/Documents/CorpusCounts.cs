using System.Globalization;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// What a person counts in one corpus pair: the PRD's requirements and user stories, the TRD's endpoints, entities and
/// integrations, and the performance targets stated in either document.
/// </summary>
public sealed record CorpusCounts(string Pair, int Requirements, int Stories, int Endpoints, int Targets, int Entities, int Integrations)
{
    public static CorpusCounts Of(string pair, DocumentSet documents) => new(
        pair,
        documents.Prd.Requirements.Count,
        documents.Prd.Stories.Count,
        documents.Trd.Endpoints.Count,
        documents.Prd.PerformanceTargets.Count + documents.Trd.PerformanceTargets.Count,
        documents.Trd.Entities.Count,
        documents.Trd.Integrations.Count);

    public IEnumerable<(string Column, int Value)> Columns()
    {
        yield return ("PRD reqs", Requirements);
        yield return ("stories", Stories);
        yield return ("TRD endpoints", Endpoints);
        yield return ("targets", Targets);
        yield return ("TRD entities", Entities);
        yield return ("TRD integrations", Integrations);
    }

    /// <summary>
    /// How far the analysis may be from the person's count, per column. Requirements, stories and endpoints are written
    /// with ids or a method and path, so the count is nearly exact: 10% (at least 1) allows for the cases a person can
    /// count either way (an endpoint listing <c>a|b|c</c> alternatives, a deferred feature still listed as a bullet).
    /// Entities: 25% (at least 1), for a model described only in prose. Performance targets are a judgment ("within 1
    /// second" in a user flow, a setup time in a success metric): 30% (at least 2). Integrations are the loosest, 50% (at
    /// least 2): a person also names systems the catalogue does not know (AWS services, platform frameworks).
    /// </summary>
    public static int Tolerance(string column, int expected) => column switch
    {
        "PRD reqs" or "stories" or "TRD endpoints" => Math.Max(1, expected / 10),
        "TRD entities" => Math.Max(1, expected / 4),
        "targets" => Math.Max(2, expected * 3 / 10),
        _ => Math.Max(2, expected / 2),
    };

    public static string Row(CorpusCounts expected, CorpusCounts found) =>
        $"| {expected.Pair} | " + string.Join(" | ", expected.Columns().Zip(found.Columns(), (e, f) => string.Create(CultureInfo.InvariantCulture, $"{e.Value} / {f.Value}"))) + " |";
}
