using System.Globalization;
using System.Text;
using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>Everything a repository of the fake GitHub holds that publishing touches, as text: equal states give equal snapshots.</summary>
internal static class FakeSnapshot
{
    public static string Of(FakeGitHubServer server, FakeRepository repository)
    {
        lock (server.State.Gate)
        {
            var text = new StringBuilder();
            foreach (var label in repository.Labels.OrderBy(label => label.Name, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"label {label.Name} #{label.Color} {label.Description}\n");
            }

            foreach (var milestone in repository.Milestones.Values)
            {
                text.Append(CultureInfo.InvariantCulture, $"milestone {milestone.Number} {milestone.State} due {milestone.DueOn:O} {milestone.Title}\n{milestone.Description}\n");
            }

            var numbers = repository.Issues.Values.ToDictionary(issue => issue.Id, issue => issue.Number);
            foreach (var issue in repository.Issues.Values)
            {
                var parent = issue.ParentId is { } id ? numbers[id] : 0;
                text.Append(CultureInfo.InvariantCulture, $"issue {issue.Number} {issue.State} milestone {issue.Milestone} parent {parent} [{string.Join(",", issue.Labels)}] {issue.Title}\n{issue.Body}\n");
                foreach (var comment in repository.Comments.Values.Where(comment => comment.IssueNumber == issue.Number))
                {
                    text.Append("comment: ").Append(comment.Body).Append('\n');
                }
            }

            return text.ToString();
        }
    }
}
