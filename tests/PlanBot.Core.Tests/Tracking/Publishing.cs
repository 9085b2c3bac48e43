using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>The publish loop as the app runs it: progress from the actual state, desired state, reconcile.</summary>
internal static class Publishing
{
    public static readonly TrackingOptions Options = new("acme/ledger");

    public static readonly DateOnly Today = new(2027, 1, 6);

    public static DesiredState Desired(PlanDocument plan, ActualState actual, TrackingOptions? options = null, DateOnly? today = null) =>
        new DesiredStateBuilder().Build(plan, options ?? Options, new ProgressCalculator().Calculate(plan, actual, today ?? Today));

    public static ChangeSet Reconcile(PlanDocument plan, ActualState actual, TrackingOptions? options = null, DateOnly? today = null) =>
        new PlanReconciler().Reconcile(Desired(plan, actual, options, today), actual);

    public static ActualState Publish(PlanDocument plan, ActualState? actual = null, TrackingOptions? options = null, DateOnly? today = null)
    {
        var start = actual ?? ActualState.Empty;
        return FakeRepository.ApplyTo(Reconcile(plan, start, options, today), start);
    }

    public static RemoteIssue Issue(ActualState actual, TrackingKey key) =>
        actual.Issues.Where(issue => TrackingKey.Find(issue.Body) == key).OrderBy(issue => issue.Number).First();

    /// <summary>What a person does in the browser: tick the box whose text starts with <paramref name="item"/>.</summary>
    public static ActualState Tick(ActualState actual, TrackingKey key, string item)
    {
        var issue = Issue(actual, key);
        var body = issue.Body!.Replace("- [ ] " + item, "- [x] " + item, StringComparison.Ordinal);
        Assert.NotEqual(issue.Body, body);
        return With(actual, issue with { Body = body });
    }

    public static ActualState With(ActualState actual, RemoteIssue changed) =>
        actual with { Issues = actual.Issues.Select(issue => issue.Number == changed.Number ? changed : issue).ToValueList() };
}
