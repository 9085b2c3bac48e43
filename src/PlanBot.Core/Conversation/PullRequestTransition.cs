using PlanBot.Core.Configuration;
using PlanBot.Core.Documents;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Conversation;

/// <summary>
/// How a <c>pull_request</c> delivery changes the session. Pure, because on an ETag conflict it is applied again to
/// the newer session; a delivery already applied changes nothing.
/// </summary>
public static class PullRequestTransition
{
    /// <param name="analysis">The questionnaire for the documents read, or null when they cannot both be read.</param>
    public static PlanningSession Apply(
        PlanningSession session,
        PullRequestActivity activity,
        ConfigReadResult config,
        HeadDocuments documents,
        DocumentAnalysis? analysis,
        ConversationOptions options,
        DateTimeOffset now)
    {
        if (session.HasApplied(activity.DeliveryId))
        {
            return session;
        }

        var problems = Problems(config.Config, documents);
        var next = Seen(session, activity) with
        {
            Config = config.Config,
            ConfigProblems = config.Problems,
            DocumentProblems = problems,
        };
        if (analysis is null || problems.Count > 0 || documents.Prd is not { } prd || documents.Trd is not { } trd)
        {
            next = next with { State = PlanningSessionState.WaitingForDocuments, PlanRequest = null };
        }
        else
        {
            var changed = session.Questionnaire is null || session.PrdSha != prd.Sha || session.TrdSha != trd.Sha || session.Config != config.Config;
            var questionnaire = analysis.Questionnaire;
            var rebased = session.Questionnaire == questionnaire ? new AnswerCollection(session.Answers, ValueList<AnswerFinding>.Empty) : AnswerRebase.Apply(session.Answers, session.Questionnaire, questionnaire);
            next = next with
            {
                PrdSha = prd.Sha,
                TrdSha = trd.Sha,
                Questionnaire = questionnaire,
                QualityFindings = analysis.QualityFindings,
                Answers = rebased.Answers,
                AnswerFindings = session.AnswerFindings.Where(f => questionnaire.Find(f.QuestionId) is not null).Concat(rebased.Findings).ToValueList(),
                State = session.Plan is null ? PlanningSessionState.Scoping : PlanningSessionState.PlanCommitted,

                // A plan exists, so the people asked for one: new documents get a new plan (committed only if it differs).
                PlanRequest = session.PlanRequest ?? (changed && session.Plan is not null
                    ? new PlanRequest(false, activity.Sender.Login, "the documents or the configuration changed", new WorkClaim(activity.DeliveryId, now), PlanTrigger.Synchronize)
                    : null),
            };
        }

        return next.Applied(activity.DeliveryId, options.DeliveriesRemembered, now);
    }

    /// <summary>The pull request was closed: the session ends; merging the pull request that carries the plan publishes it.</summary>
    public static PlanningSession Close(PlanningSession session, PullRequestActivity activity, ConversationOptions options, DateTimeOffset now)
    {
        if (session.HasApplied(activity.DeliveryId))
        {
            return session;
        }

        var outbox = new OutboxWriter(activity.DeliveryId, "close", now);
        if (activity.PullRequest.Merged && Carries(session, activity.PullRequest))
        {
            var number = session.Key.PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture);
            outbox.Publish(new PublishRequest(RepositoryRef.Of(session.Key), $"#{number} with the plan was merged", activity.Sender.Login, activity.DeliveryId));
        }

        var closed = Seen(session, activity) with { State = PlanningSessionState.Closed, PlanRequest = null };
        return outbox.AppendTo(closed).Applied(activity.DeliveryId, options.DeliveriesRemembered, now);
    }

    /// <summary>Whether merging <paramref name="pullRequest"/> puts a plan on the base branch.</summary>
    private static bool Carries(PlanningSession session, PullRequestSnapshot pullRequest)
    {
        var sameRepository = string.Equals(pullRequest.HeadRepository, session.Key.Repository, StringComparison.OrdinalIgnoreCase);
        var ours = session.Plan is { } plan
            && string.Equals(plan.Branch, pullRequest.HeadRef, StringComparison.Ordinal)
            && (plan.PullRequest ?? session.Key.PullRequest) == session.Key.PullRequest;
        return sameRepository && (ours || session.HandEditedPlanSha is not null);
    }

    private static PlanningSession Seen(PlanningSession session, PullRequestActivity activity) => session with
    {
        PullRequest = activity.PullRequest,
        PullRequestUpdatedAt = activity.UpdatedAt,
        RepositoryUrl = activity.RepositoryUrl,
    };

    private static ValueList<DocumentProblem> Problems(RepositoryConfig config, HeadDocuments documents) =>
        new[] { (DocumentKind.Prd, config.PrdPath, documents.Prd), (DocumentKind.Trd, config.TrdPath, documents.Trd) }
            .Select(d => d.Item3 switch
            {
                null => new DocumentProblem(d.Item1, d.Item2, DocumentProblemKind.Missing, 0),
                { TooLarge: true } file => new DocumentProblem(d.Item1, d.Item2, DocumentProblemKind.TooLarge, file.Size),
                _ => null,
            })
            .OfType<DocumentProblem>()
            .ToValueList();
}
