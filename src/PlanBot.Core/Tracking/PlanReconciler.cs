namespace PlanBot.Core.Tracking;

/// <summary>
/// Desired vs actual → the smallest change set that makes GitHub match the plan. Nothing is deleted: issues
/// and milestones that left the plan are closed with a note (and a comment on issues), and reopened if they
/// come back.
/// Boxes people ticked are kept when their item still exists. Other closed issues stay closed (closing them
/// was the team's decision), and an issue someone reopened after it left the plan is left alone.
/// </summary>
public sealed class PlanReconciler
{
    internal const string RemovedFromPlanComment =
        "This item is no longer in the implementation plan, so PlanBot closed it. Nothing was deleted: " +
        "put it back in the plan and PlanBot reopens this issue.";

    internal const string RemovedMarker = "<!-- planbot:removed -->";

    public ChangeSet Reconcile(DesiredState desired, ActualState actual)
    {
        var operations = new List<ChangeOperation>();
        var existingLabels = actual.Labels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        operations.AddRange(desired.Labels
            .DistinctBy(label => label.Name, StringComparer.OrdinalIgnoreCase)
            .Where(label => !existingLabels.Contains(label.Name))
            .Select(label => new CreateLabel(label)));

        var milestoneRefs = ReconcileMilestones(desired, actual, operations);
        var trackerOperations = new List<ChangeOperation>();
        var issueRefs = ReconcileIssues(desired, actual, milestoneRefs, operations, trackerOperations);
        LinkSubIssues(desired, actual, issueRefs, operations);
        operations.AddRange(trackerOperations);
        return new ChangeSet(operations);
    }

    private static Dictionary<TrackingKey, ObjectRef> ReconcileMilestones(DesiredState desired, ActualState actual, List<ChangeOperation> operations)
    {
        var existing = OwnedObjects.Milestones(actual);
        var refs = new Dictionary<TrackingKey, ObjectRef>();
        foreach (var milestone in desired.Milestones.DistinctBy(milestone => milestone.Target))
        {
            if (!existing.TryGetValue(milestone.Target, out var remote))
            {
                operations.Add(new CreateMilestone(milestone.Target, milestone.Title, milestone.Description, milestone.Due));
                refs[milestone.Target] = new ObjectRef(milestone.Target, null);
                continue;
            }

            refs[milestone.Target] = new ObjectRef(milestone.Target, remote.Number);
            var sameDue = remote.DueOn is { } dueOn && GitHubDueDate.ToDate(dueOn) == milestone.Due;
            var reopen = remote.State == RemoteState.Closed && HasRemovedNote(remote.Description);
            if (reopen || !sameDue || !string.Equals(remote.Title, milestone.Title, StringComparison.Ordinal) || !BodyText.Same(remote.Description, milestone.Description))
            {
                operations.Add(new UpdateMilestone(remote.Number, milestone.Target, milestone.Title, milestone.Description, milestone.Due, reopen));
            }
        }

        foreach (var (key, remote) in existing.OrderBy(pair => pair.Key.Number))
        {
            if (!refs.ContainsKey(key) && remote.State == RemoteState.Open && !HasRemovedNote(remote.Description))
            {
                operations.Add(new CloseMilestone(new ObjectRef(key, remote.Number), WithRemovedNote(remote.Description)));
            }
        }

        return refs;
    }

    private static Dictionary<TrackingKey, ObjectRef> ReconcileIssues(
        DesiredState desired,
        ActualState actual,
        Dictionary<TrackingKey, ObjectRef> milestoneRefs,
        List<ChangeOperation> operations,
        List<ChangeOperation> trackerOperations)
    {
        var existing = OwnedObjects.Issues(actual);
        var ownedLabels = desired.Labels.Select(label => label.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var refs = new Dictionary<TrackingKey, ObjectRef>();
        foreach (var issue in desired.Issues.DistinctBy(issue => issue.Target))
        {
            var target = issue.Target.Kind == TrackingKind.Tracker ? trackerOperations : operations;
            var milestone = issue.Milestone is null ? null : milestoneRefs.GetValueOrDefault(issue.Milestone) ?? new ObjectRef(issue.Milestone, null);
            if (!existing.TryGetValue(issue.Target, out var remote))
            {
                target.Add(new CreateIssue(issue.Target, issue.Title, issue.Body, issue.Labels, milestone));
                refs[issue.Target] = new ObjectRef(issue.Target, null);
                continue;
            }

            var reference = new ObjectRef(issue.Target, remote.Number);
            refs[issue.Target] = reference;
            var body = TaskList.KeepTicks(issue.Body, remote.Body);
            var labels = Labels(remote.Labels, issue.Labels, ownedLabels);
            var sameMilestone = milestone is null || milestone.Number == remote.MilestoneNumber;
            var reopen = remote.State == RemoteState.Closed && WasRemoved(remote);
            if (reopen
                || !sameMilestone
                || !string.Equals(remote.Title, issue.Title, StringComparison.Ordinal)
                || !BodyText.Same(remote.Body, body)
                || !labels.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(remote.Labels))
            {
                target.Add(new UpdateIssue(reference, issue.Title, body, labels, milestone, reopen));
            }
        }

        foreach (var (key, remote) in existing.OrderBy(pair => pair.Key.Kind).ThenBy(pair => pair.Key.Number))
        {
            if (!refs.ContainsKey(key) && key.Kind is TrackingKind.Week or TrackingKind.Phase && remote.State == RemoteState.Open && !HasRemovedNote(remote.Body))
            {
                operations.Add(new CloseIssue(new ObjectRef(key, remote.Number), RemovedFromPlanComment, WithRemovedNote(remote.Body)));
            }
        }

        return refs;
    }

    private static void LinkSubIssues(DesiredState desired, ActualState actual, Dictionary<TrackingKey, ObjectRef> issueRefs, List<ChangeOperation> operations)
    {
        var links = actual.SubIssues.ToHashSet();
        var children = actual.SubIssues.Select(link => link.ChildNumber).ToHashSet();
        foreach (var issue in desired.Issues.DistinctBy(issue => issue.Target))
        {
            if (issue.Parent is null)
            {
                continue;
            }

            var parent = issueRefs.GetValueOrDefault(issue.Parent) ?? new ObjectRef(issue.Parent, null);
            var child = issueRefs[issue.Target];
            if (parent.Number is { } parentNumber && child.Number is { } childNumber && links.Contains(new SubIssueLink(parentNumber, childNumber)))
            {
                continue;
            }

            operations.Add(new AddSubIssue(parent, child, child.Number is { } number && children.Contains(number)));
        }
    }

    /// <summary>Closed by PlanBot because it left the plan: reopened when it comes back.</summary>
    internal static bool WasRemoved(RemoteIssue issue) => HasRemovedNote(issue.Body);

    private static bool HasRemovedNote(string? text) => text?.Contains(RemovedMarker, StringComparison.Ordinal) == true;

    private static string WithRemovedNote(string? text) =>
        (text ?? string.Empty).TrimEnd() + "\n\n" + RemovedMarker + "\n_This item left the implementation plan._\n";

    // Labels people added stay; of the labels PlanBot owns, the issue gets exactly the ones the plan gives it
    // (so a week that moved to another phase loses its old phase label).
    private static ValueList<string> Labels(ValueList<string> actual, ValueList<string> desired, HashSet<string> owned)
    {
        var wanted = desired.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var kept = actual.Where(label => !owned.Contains(label) || wanted.Contains(label)).ToList();
        var keptSet = kept.ToHashSet(StringComparer.OrdinalIgnoreCase);
        kept.AddRange(desired.Where(label => !keptSet.Contains(label)));
        return kept;
    }
}
