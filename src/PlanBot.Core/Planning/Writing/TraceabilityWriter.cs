using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Planning.Work;

namespace PlanBot.Core.Planning.Writing;

/// <summary>
/// The traceability matrix: every requirement of the PRD and TRD, every user story and acceptance criterion the
/// documents give an id, every endpoint, table, integration and performance target, with the weeks that deliver it, read from the finished weeks (their <c>Delivers</c> traces, and for
/// targets the acceptance criteria that quote them) so the matrix says what the plan says.
/// </summary>
internal static class TraceabilityWriter
{
    public static ValueList<TraceabilityRow> Rows(PlanContext context, PlanDocument document)
    {
        var weeks = document.Phases.SelectMany(p => p.Weeks).ToList();
        var byTrace = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var week in weeks)
        {
            foreach (var trace in week.Traces)
            {
                if (!byTrace.TryGetValue(trace, out var list))
                {
                    list = [];
                    byTrace[trace] = list;
                }

                list.Add(week.Number);
            }
        }

        ValueList<int> Delivering(string trace) => byTrace.TryGetValue(trace, out var list) ? list.ToValueList() : ValueList<int>.Empty;

        var rows = new List<TraceabilityRow>();
        foreach (var scoped in context.Breakdown.Scopes)
        {
            var requirement = scoped.Block.Requirement;
            // A requirement without an id is named by its title: the title column would only repeat it.
            var title = Prose.Short(requirement.Title, 120);
            var description = requirement.HasExplicitId || !string.Equals(title, scoped.Block.Name, StringComparison.OrdinalIgnoreCase) ? title : string.Empty;
            rows.Add(new TraceabilityRow(TraceKind.Requirement, scoped.Block.Name, description, scoped.Block.Where, Scope(scoped), Delivering(TraceText.Requirement(scoped.Block.Name))));
        }

        foreach (var (story, feature) in context.Breakdown.Stories)
        {
            rows.Add(new TraceabilityRow(
                TraceKind.UserStory,
                story.Value.Id!.Trim(),
                Prose.Short(FeatureItems.Story(story.Value), 120),
                story.Where,
                feature is null ? "no requirement shares its words" : $"through {feature.Name}",
                feature is null ? ValueList<int>.Empty : Delivering(TraceText.Requirement(feature.Name))));
        }

        foreach (var criterion in context.Inputs.IdentifiedCriteria)
        {
            var quoted = CriterionText.Of(criterion);
            var checking = weeks.Where(w => w.AcceptanceCriteria.Any(c => c.Text.Contains(quoted, StringComparison.Ordinal))).Select(w => w.Number).ToValueList();
            rows.Add(new TraceabilityRow(TraceKind.AcceptanceCriterion, criterion.Value.Id!.Trim(), Prose.Short(criterion.Value.Text, 120), criterion.Where, string.Empty, checking));
        }

        foreach (var endpoint in context.Inputs.Endpoints)
        {
            rows.Add(new TraceabilityRow(TraceKind.Endpoint, TraceText.Endpoint(endpoint.Value), string.Empty, endpoint.Where, string.Empty, Delivering(TraceText.Endpoint(endpoint.Value))));
        }

        foreach (var table in context.Inputs.Tables)
        {
            rows.Add(new TraceabilityRow(TraceKind.Table, table.Value.Name.Trim(), Prose.JoinSome(table.Value.Fields, 6), table.Where, string.Empty, Delivering(TraceText.Table(table.Value))));
        }

        foreach (var integration in context.Inputs.Integrations)
        {
            rows.Add(new TraceabilityRow(TraceKind.Integration, integration.Value.Name.Trim(), IntegrationKindNames.Of(integration.Value.Kind), integration.Where, Risk(context, integration), Delivering(TraceText.Integration(integration.Value))));
        }

        foreach (var placement in context.Breakdown.Targets)
        {
            var proving = weeks.Where(w => w.AcceptanceCriteria.Any(c => c.Text.Contains(placement.Text, StringComparison.OrdinalIgnoreCase))).Select(w => w.Number).ToValueList();
            rows.Add(new TraceabilityRow(TraceKind.PerformanceTarget, placement.Text, placement.Target.Value.Metric.Trim(), placement.Target.Where, string.Empty, proving));
        }

        return rows.ToValueList();
    }

    private static string Scope(ScopedRequirement scoped) => scoped.Scope switch
    {
        RequirementScope.Mvp => "MVP",
        RequirementScope.NiceToHave => "Nice-to-have",
        RequirementScope.CrossCutting => "Non-functional",
        _ => "Won't have (PRD): not planned",
    };

    /// <summary>Why an integration is planned the way it is: prototyped first, used as it is (a store the project does not own), or built.</summary>
    private static string Risk(PlanContext context, Sourced<Integration> integration) =>
        context.Breakdown.Integrations.FirstOrDefault(p => p.Integration == integration) switch
        {
            null => "used as it is: the project does not own it",
            { Risky: true } => "risky, prototyped first",
            _ => string.Empty,
        };

}
