using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>Publishing against the in-memory repository, and what people do to the issues in between.</summary>
internal static class Publishing
{
    public static readonly TrackingOptions Options = new("acme/ledger");

    public static readonly DateOnly Today = new(2027, 1, 6);

    public static ChangeSet Reconcile(PlanDocument plan, ActualState actual, TrackingOptions? options = null, DateOnly? today = null) =>
        new PlanPublisher().Publish(plan, actual, options ?? Options, today ?? Today);

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
