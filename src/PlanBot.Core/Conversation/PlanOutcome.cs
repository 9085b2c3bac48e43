using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>What writing the plan did, and how that changes the session.</summary>
public sealed record PlanOutcome(PlanOutcomeKind Kind, CommittedPlan? Plan, string? HandEditedSha)
{
    public static PlanOutcome NotPossible { get; } = new(PlanOutcomeKind.NotPossible, null, null);

    /// <summary>
    /// Records the outcome in <paramref name="current"/>, the session as it is now. The request is done only if it is
    /// still the one that was carried out: a newer request (asked meanwhile) stays and runs next.
    /// </summary>
    public PlanningSession ApplyTo(PlanningSession current, PlanRequest request, string deliveryId, DateTimeOffset now)
    {
        var next = current.PlanRequest == request ? current with { PlanRequest = null } : current;
        var state = current.State == PlanningSessionState.Closed ? PlanningSessionState.Closed : PlanningSessionState.PlanCommitted;
        switch (Kind)
        {
            case PlanOutcomeKind.Committed or PlanOutcomeKind.InComment when Plan is not null:
                var outbox = new OutboxWriter(deliveryId, "plan-" + Plan.ContentHash[..12], now);
                var where = Plan.InComment ? "summary comment" : $"{Plan.Branch}@{Plan.CommitSha}";
                outbox.Decision(new DecisionRecord(current.Key, DecisionKind.Generation, Plan.Path, where, request.Actor, now));
                foreach (var assumption in Plan.Assumptions)
                {
                    outbox.Decision(new DecisionRecord(current.Key, DecisionKind.Assumption, assumption.QuestionId, assumption.Value, request.Actor, now));
                }

                // PlanBot's commit is the new head of a same-repository pull request: the status goes on it.
                var head = Plan.PullRequest is null && Plan.CommitSha is { } commit && current.PullRequest is { } pr ? pr with { HeadSha = commit } : current.PullRequest;
                return outbox.AppendTo(next with { Plan = Plan, HandEditedPlanSha = null, State = state, PullRequest = head, UpdatedAt = now });
            case PlanOutcomeKind.Unchanged when Plan is not null:
                return next with { Plan = Plan, HandEditedPlanSha = null, State = state, UpdatedAt = now };
            case PlanOutcomeKind.HandEdited:
                return next with { HandEditedPlanSha = HandEditedSha, UpdatedAt = now };
            default:
                return next with { UpdatedAt = now };
        }
    }
}
