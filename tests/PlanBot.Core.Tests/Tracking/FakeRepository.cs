using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>
/// A tiny in-memory GitHub for change sets: numbers new objects, stores due dates the way GitHub does (the Pacific
/// calendar day of the instant sent, returned as that day's Pacific midnight), and refuses what GitHub would
/// refuse (duplicate labels, a reference to an object not created yet, a second parent without replace).
/// </summary>
internal sealed class FakeRepository(ActualState initial)
{
    private readonly Dictionary<TrackingKey, int> createdIssues = [];
    private readonly Dictionary<TrackingKey, int> createdMilestones = [];
    private readonly List<(int Issue, string Body)> comments = [];

    public ActualState State { get; private set; } = initial;

    public IReadOnlyList<(int Issue, string Body)> Comments => comments;

    public static ActualState ApplyTo(ChangeSet changes, ActualState actual)
    {
        var repository = new FakeRepository(actual);
        repository.Apply(changes);
        return repository.State;
    }

    public static DateTimeOffset StoredDueOn(DateTimeOffset sent)
    {
        var pacificDay = DateOnly.FromDateTime(sent.ToOffset(TimeSpan.FromHours(-8)).DateTime);
        return new DateTimeOffset(pacificDay.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-8)).ToUniversalTime();
    }

    public void Apply(ChangeSet changes)
    {
        foreach (var operation in changes.Operations)
        {
            Apply(operation);
        }
    }

    private void Apply(ChangeOperation operation)
    {
        switch (operation)
        {
            case CreateLabel create:
                Assert.DoesNotContain(create.Label.Name, State.Labels, StringComparer.OrdinalIgnoreCase);
                State = State with { Labels = State.Labels.Append(create.Label.Name).ToValueList() };
                break;
            case CreateMilestone create:
                var milestoneNumber = State.Milestones.Select(m => m.Number).DefaultIfEmpty(0).Max() + 1;
                createdMilestones[create.Target] = milestoneNumber;
                State = State with { Milestones = State.Milestones.Append(new RemoteMilestone(milestoneNumber, create.Title, create.Description, StoredDueOn(GitHubDueDate.ToDueOn(create.Due)), RemoteState.Open)).ToValueList() };
                break;
            case UpdateMilestone update:
                ReplaceMilestone(update.Number, m => m with { Title = update.Title, Description = update.Description, DueOn = StoredDueOn(GitHubDueDate.ToDueOn(update.Due)), State = update.Reopen ? RemoteState.Open : m.State });
                break;
            case CloseMilestone close:
                ReplaceMilestone(Milestone(close.Milestone), m => m with { State = RemoteState.Closed, Description = close.Description ?? m.Description });
                break;
            case CreateIssue create:
                var issueNumber = State.Issues.Select(i => i.Number).DefaultIfEmpty(0).Max() + 1;
                createdIssues[create.Target] = issueNumber;
                var milestone = create.Milestone is null ? (int?)null : Milestone(create.Milestone);
                State = State with { Issues = State.Issues.Append(new RemoteIssue(issueNumber, 1000 + issueNumber, create.Title, create.Body, RemoteState.Open, create.Labels, milestone)).ToValueList() };
                break;
            case UpdateIssue update:
                var newMilestone = update.Milestone is null ? (int?)null : Milestone(update.Milestone);
                ReplaceIssue(Issue(update.Issue), i => i with { Title = update.Title, Body = update.Body, Labels = update.Labels, MilestoneNumber = update.Milestone is null ? i.MilestoneNumber : newMilestone, State = update.Reopen ? RemoteState.Open : i.State });
                break;
            case CloseIssue close:
                comments.Add((Issue(close.Issue), close.Comment));
                ReplaceIssue(Issue(close.Issue), i => i with { State = RemoteState.Closed, Body = close.Body ?? i.Body });
                break;
            case AddSubIssue add:
                var parent = Issue(add.Parent);
                var child = Issue(add.Child);
                var hasParent = State.SubIssues.Any(link => link.ChildNumber == child);
                Assert.True(add.ReplaceParent || !hasParent, $"issue #{child} already has a parent");
                State = State with { SubIssues = State.SubIssues.Where(link => link.ChildNumber != child).Append(new SubIssueLink(parent, child)).ToValueList() };
                break;
            case Comment comment:
                comments.Add((Issue(comment.Issue), comment.Body));
                break;
            default:
                throw new InvalidOperationException($"Unknown operation {operation}");
        }
    }

    private int Issue(ObjectRef reference) => reference.Number ?? createdIssues[reference.Target];

    private int Milestone(ObjectRef reference) => reference.Number ?? createdMilestones[reference.Target];

    private void ReplaceIssue(int number, Func<RemoteIssue, RemoteIssue> change)
    {
        Assert.Contains(State.Issues, i => i.Number == number);
        State = State with { Issues = State.Issues.Select(i => i.Number == number ? change(i) : i).ToValueList() };
    }

    private void ReplaceMilestone(int number, Func<RemoteMilestone, RemoteMilestone> change)
    {
        Assert.Contains(State.Milestones, m => m.Number == number);
        State = State with { Milestones = State.Milestones.Select(m => m.Number == number ? change(m) : m).ToValueList() };
    }
}
