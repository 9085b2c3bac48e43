using System.Globalization;
using System.Text;
using PlanBot.Core.Ports;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>
/// A stateful GitHub behind <see cref="ITrackingGitHub"/>: numbers objects, keeps comments and sub-issue links, stores
/// due dates the way GitHub does, refuses what GitHub refuses (a label or milestone title twice, a second parent
/// without replace), logs every request, and fails requests where <see cref="Faults"/> says — before the request
/// takes effect, or after (the answer is lost).
/// </summary>
internal sealed class InMemoryGitHub : ITrackingGitHub
{
    private readonly Lock sync = new();
    private readonly List<DesiredLabel> labels = [];
    private readonly List<RemoteMilestone> milestones = [];
    private readonly List<RemoteIssue> issues = [];
    private readonly Dictionary<int, List<string>> comments = [];
    private readonly Dictionary<int, int> parents = [];
    private readonly List<GitHubCall> log = [];
    private readonly Dictionary<string, string> files = new(StringComparer.Ordinal);

    public Func<GitHubCall, FaultTiming> Faults { get; set; } = _ => FaultTiming.None;

    public IReadOnlyList<GitHubCall> Log
    {
        get
        {
            lock (sync)
            {
                return [.. log];
            }
        }
    }

    public int Writes => Log.Count(call => call.Write);

    public IReadOnlyList<string> CommentsOn(int issue)
    {
        lock (sync)
        {
            return comments.TryGetValue(issue, out var list) ? [.. list] : [];
        }
    }

    public void PutFile(string path, string text) => files[path] = text;

    /// <summary>What a person does in the browser: edit an issue, bypassing faults and the log.</summary>
    public void Edit(int number, Func<RemoteIssue, RemoteIssue> change)
    {
        lock (sync)
        {
            var index = issues.FindIndex(issue => issue.Number == number);
            issues[index] = change(issues[index]);
        }
    }

    public RemoteIssue Issue(TrackingKey key)
    {
        lock (sync)
        {
            return issues.Where(issue => TrackingKey.Find(issue.Body) == key).OrderBy(issue => issue.Number).First();
        }
    }

    public RemoteMilestone Milestone(TrackingKey key)
    {
        lock (sync)
        {
            return milestones.First(milestone => TrackingKey.Find(milestone.Description) == key);
        }
    }

    /// <summary>Everything GitHub holds, as text: two repositories in the same state give the same snapshot.</summary>
    public string Snapshot()
    {
        lock (sync)
        {
            var text = new StringBuilder();
            foreach (var label in labels.OrderBy(label => label.Name, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"label {label.Name} {label.Color} {label.Description}\n");
            }

            foreach (var milestone in milestones)
            {
                text.Append(CultureInfo.InvariantCulture, $"milestone #{milestone.Number} {milestone.State} {milestone.DueOn:O} {milestone.Title}\n{milestone.Description}\n");
            }

            foreach (var issue in issues)
            {
                text.Append(CultureInfo.InvariantCulture, $"issue #{issue.Number} {issue.State} m{issue.MilestoneNumber} [{string.Join(",", issue.Labels.Order(StringComparer.Ordinal))}] parent {parents.GetValueOrDefault(issue.Number)} {issue.Title}\n{issue.Body}\n");
                foreach (var comment in comments.GetValueOrDefault(issue.Number) ?? [])
                {
                    text.Append("comment: ").Append(comment).Append('\n');
                }
            }

            return text.ToString();
        }
    }

    public Task<ActualState> ReadStateAsync(RepositoryRef repository, string label, IReadOnlyCollection<int> knownIssues, CancellationToken cancellationToken) =>
        Call("read-state", false, () =>
        {
            var read = issues.Where(issue => issue.Labels.Contains(label, StringComparer.OrdinalIgnoreCase) || knownIssues.Contains(issue.Number)).ToList();
            var numbers = read.Select(issue => issue.Number).ToHashSet();
            return new ActualState(
                labels.Select(item => item.Name).ToValueList(),
                milestones.ToValueList(),
                read.ToValueList(),
                parents.Where(link => numbers.Contains(link.Key)).Select(link => new SubIssueLink(link.Value, link.Key)).OrderBy(link => link.ChildNumber).ToValueList());
        });

    public Task<RepositoryFile?> GetDefaultBranchFileAsync(RepositoryRef repository, string path, long maxBytes, CancellationToken cancellationToken) =>
        Call("get-file", false, () => files.TryGetValue(path, out var text)
            ? new RepositoryFile(path, "sha-" + path, Encoding.UTF8.GetByteCount(text), Encoding.UTF8.GetByteCount(text) > maxBytes ? null : text)
            : null);

    public Task CreateLabelAsync(RepositoryRef repository, DesiredLabel label, CancellationToken cancellationToken) =>
        Call("create-label", true, () =>
        {
            Refuse(labels.Any(existing => string.Equals(existing.Name, label.Name, StringComparison.OrdinalIgnoreCase)), $"label {label.Name} already exists");
            labels.Add(label);
            return true;
        });

    public Task<int> CreateMilestoneAsync(RepositoryRef repository, MilestoneDraft milestone, CancellationToken cancellationToken) =>
        Call("create-milestone", true, () =>
        {
            Refuse(milestones.Any(existing => existing.Title == milestone.Title), $"milestone {milestone.Title} already exists");
            var number = milestones.Count + 1;
            milestones.Add(new RemoteMilestone(number, milestone.Title, milestone.Description, FakeRepository.StoredDueOn(GitHubDueDate.ToDueOn(milestone.Due)), RemoteState.Open));
            return number;
        });

    public Task UpdateMilestoneAsync(RepositoryRef repository, int number, MilestoneChange change, CancellationToken cancellationToken) =>
        Call("update-milestone", true, () =>
        {
            var index = milestones.FindIndex(milestone => milestone.Number == number);
            Refuse(index < 0, $"no milestone #{number}");
            var milestone = milestones[index];
            milestones[index] = milestone with
            {
                Title = change.Title ?? milestone.Title,
                Description = change.Description ?? milestone.Description,
                DueOn = change.Due is { } due ? FakeRepository.StoredDueOn(GitHubDueDate.ToDueOn(due)) : milestone.DueOn,
                State = change.State ?? milestone.State,
            };
            return true;
        });

    public Task<IssueIds> CreateIssueAsync(RepositoryRef repository, IssueDraft issue, CancellationToken cancellationToken) =>
        Call("create-issue", true, () =>
        {
            Refuse(issue.Milestone is { } m && milestones.All(milestone => milestone.Number != m), $"no milestone #{issue.Milestone}");
            var number = issues.Count + 1;
            issues.Add(new RemoteIssue(number, 9000 + number, issue.Title, issue.Body, RemoteState.Open, issue.Labels, issue.Milestone));
            return new IssueIds(number, 9000 + number);
        });

    public Task UpdateIssueAsync(RepositoryRef repository, int number, IssueChange change, CancellationToken cancellationToken) =>
        Call("update-issue", true, () =>
        {
            var index = IndexOf(number);
            var issue = issues[index];
            issues[index] = issue with
            {
                Title = change.Title ?? issue.Title,
                Body = change.Body ?? issue.Body,
                Labels = change.Labels ?? issue.Labels,
                MilestoneNumber = change.Milestone ?? issue.MilestoneNumber,
                State = change.State ?? issue.State,
            };
            return true;
        });

    public Task CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken) =>
        Call("create-comment", true, () =>
        {
            IndexOf(issueNumber);
            if (!comments.TryGetValue(issueNumber, out var list))
            {
                comments[issueNumber] = list = [];
            }

            list.Add(body);
            return true;
        });

    public Task<bool> HasCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken) =>
        Call("list-comments", false, () => comments.GetValueOrDefault(issueNumber)?.Any(body => body.Contains(marker, StringComparison.Ordinal)) == true);

    public Task AddSubIssueAsync(RepositoryRef repository, int parentNumber, long childDatabaseId, bool replaceParent, CancellationToken cancellationToken) =>
        Call("add-sub-issue", true, () =>
        {
            IndexOf(parentNumber);
            var child = issues.SingleOrDefault(issue => issue.DatabaseId == childDatabaseId) ?? throw new InvalidOperationException($"no issue with id {childDatabaseId}");
            Refuse(parents.TryGetValue(child.Number, out var current) && (current == parentNumber || !replaceParent), $"issue #{child.Number} already has a parent");
            parents[child.Number] = parentNumber;
            return true;
        });

    private static void Refuse(bool refused, string message)
    {
        if (refused)
        {
            throw new InvalidOperationException("422 " + message);
        }
    }

    private int IndexOf(int number)
    {
        var index = issues.FindIndex(issue => issue.Number == number);
        Refuse(index < 0, $"no issue #{number}");
        return index;
    }

    private Task<T> Call<T>(string name, bool write, Func<T> effect)
    {
        GitHubCall call;
        lock (sync)
        {
            call = new GitHubCall(name, write, log.Count);
            log.Add(call);
        }

        var fault = Faults(call);
        if (fault == FaultTiming.Before)
        {
            throw new SimulatedFailure($"{name} failed before it took effect");
        }

        T result;
        lock (sync)
        {
            result = effect();
        }

        return fault == FaultTiming.After ? throw new SimulatedFailure($"{name} took effect but its answer was lost") : Task.FromResult(result);
    }
}
