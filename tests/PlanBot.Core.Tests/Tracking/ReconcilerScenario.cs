using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>A plan to publish over a repository where an earlier plan was published and then changed by people.</summary>
internal sealed record ReconcilerScenario(PlanDocument Plan, PlanDocument Previous, RepositoryMutation Mutation, DateOnly Today, TrackingOptions Options)
{
    public ActualState Actual()
    {
        var published = Publishing.Publish(Previous, options: Options, today: Today);
        var issues = new List<RemoteIssue>();
        for (var i = 0; i < published.Issues.Count; i++)
        {
            var issue = published.Issues[i];
            switch (Mutation.IssueModes[i % Mutation.IssueModes.Length])
            {
                case 1:
                    issues.Add(issue with { Body = issue.Body!.Replace("- [ ]", "- [x]", StringComparison.Ordinal) });
                    break;
                case 2:
                    issues.Add(issue with { Body = ReplaceFirst(issue.Body!, "- [ ]", "- [x]") });
                    break;
                case 3:
                    issues.Add(issue with { State = RemoteState.Closed });
                    break;
                case 4:
                    break;
                default:
                    issues.Add(issue);
                    break;
            }
        }

        var next = published.Issues.Select(issue => issue.Number).DefaultIfEmpty(0).Max() + 1;
        issues.AddRange(Mutation.ForeignBodies.Select((body, k) => new RemoteIssue(next + k, 5000 + next + k, "Someone's issue", body, RemoteState.Open, new[] { "bug" }, null)));
        var kept = issues.Select(issue => issue.Number).ToHashSet();
        var shift = TimeSpan.FromHours(Mutation.DueShiftHours - 7);
        return new ActualState(
            published.Labels,
            published.Milestones.Select(milestone => milestone with { DueOn = milestone.DueOn?.Add(shift) }).ToValueList(),
            issues,
            published.SubIssues
                .Where((link, k) => !Mutation.Unlinks[k % Mutation.Unlinks.Length] && kept.Contains(link.ParentNumber) && kept.Contains(link.ChildNumber))
                .ToValueList());
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }
}
