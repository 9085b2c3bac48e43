using PlanBot.Core.Conversation.Commands;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Conversation;

/// <summary>
/// How a comment changes the session: its answers (any form), its commands, the reply it gets, the decisions to log,
/// and whether the plan is now due. Pure, so it can be applied again to a newer session after an ETag conflict: two
/// replies processed at the same moment both count.
/// </summary>
public sealed class CommentTransition(ConversationOptions options)
{
    private readonly AnswerReader reader = new();
    private readonly AnswerCollector collector = new();

    /// <param name="permission">The sender's permission, or null when it has not been asked yet.</param>
    public CommentTransitionResult Apply(
        PlanningSession session,
        CommentActivity comment,
        ParsedCommands commands,
        RepositoryPermission? permission,
        DateTimeOffset now)
    {
        if (session.HasApplied(comment.DeliveryId))
        {
            return new CommentTransitionResult(session, false, false);
        }

        var questionnaire = session.State is PlanningSessionState.Scoping or PlanningSessionState.PlanCommitted ? session.Questionnaire : null;
        var raws = questionnaire is null ? ValueList<RawAnswer>.Empty : ReadAnswers(comment, questionnaire);
        if (raws.Count == 0 && commands.IsEmpty)
        {
            return new CommentTransitionResult(session, false, false);
        }

        var step = new Step(session, comment, permission, now);
        if (questionnaire is not null)
        {
            Answer(step, questionnaire, raws, commands);
        }
        else if (commands.Commands.Any(c => c.Kind is CommandKind.Answer or CommandKind.Skip))
        {
            step.Reply.Add(ReplyRenderer.NoQuestions());
        }

        foreach (var command in commands.Commands)
        {
            Run(step, command);
        }

        step.Reply.AddRange(commands.Problems.Select(ReplyRenderer.Problem));
        step.Reply.AddRange(commands.Unknown.Select(ReplyRenderer.Unknown));
        DueForPlan(step);
        return new CommentTransitionResult(step.Finish(options.DeliveriesRemembered), true, step.NeedsPermission);
    }

    /// <summary>Only the checkboxes count in PlanBot's own comment: the rest of it is PlanBot's text.</summary>
    private ValueList<RawAnswer> ReadAnswers(CommentActivity comment, Questionnaire questionnaire)
    {
        var raws = reader.Read(comment.Body, questionnaire);
        return comment.ByBot ? raws.Where(r => r.Source == AnswerSource.Checkbox).ToValueList() : raws;
    }

    private void Answer(Step step, Questionnaire questionnaire, ValueList<RawAnswer> raws, ParsedCommands commands)
    {
        var before = step.Session.Answers;
        var answers = before;
        var found = new List<AnswerFinding>();
        var settled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var collected = false;
        if (raws.Count > 0)
        {
            var collection = collector.Collect(raws, questionnaire, answers, step.Who, step.Comment.At);
            answers = collection.Answers;
            found.AddRange(collection.Findings);
            settled.UnionWith(raws.Select(r => r.QuestionId).Where(id => questionnaire.Find(id) is not null));
            collected = true;
        }

        foreach (var skip in commands.Commands.Where(c => c.Kind == CommandKind.Skip))
        {
            var collection = collector.Skip(skip.Arguments[0], questionnaire, answers, step.Who, step.Comment.At);
            answers = collection.Answers;
            found.AddRange(collection.Findings);
            settled.Add(skip.Arguments[0]);
            collected = true;
        }

        settled.ExceptWith(found.Where(f => f.Kind != AnswerFindingKind.Contradiction).Select(f => f.QuestionId));
        answers = KeepUnchanged(before, answers);
        var previous = step.Session.AnswerFindings;

        // Earlier findings stay until their question gets a usable answer; contradictions are recomputed whenever
        // answers are collected; findings about ids that are not questions only concern the reply they came with.
        var kept = previous.Where(f => !settled.Contains(f.QuestionId)
            && questionnaire.Find(f.QuestionId) is not null
            && !(collected && f.Kind == AnswerFindingKind.Contradiction));
        var findings = kept.Concat(found.Where(f => questionnaire.Find(f.QuestionId) is not null)).Distinct().ToValueList();
        var news = found.Distinct().Where(f => !previous.Contains(f)).ToList();
        if (news.Count > 0)
        {
            step.Reply.Add(ReplyRenderer.Unclear(news));
        }

        foreach (var answer in answers.Answers.Where(a => !before.Answers.Contains(a)))
        {
            var kind = answer.Source == AnswerSource.Default ? DecisionKind.Assumption : DecisionKind.Answer;
            step.Outbox.Decision(new DecisionRecord(step.Session.Key, kind, answer.QuestionId, answer.Raw, answer.Author, answer.At));
            step.AnswersChanged = true;
        }

        step.Session = step.Session with { Answers = answers, AnswerFindings = findings };
    }

    /// <summary>An answer given again with the same value keeps who first gave it and when.</summary>
    private static AnswerSet KeepUnchanged(AnswerSet before, AnswerSet after) =>
        new(after.Answers.Select(a => before.Find(a.QuestionId) is { } old && old.Value == a.Value && old.Raw == a.Raw ? old : a).ToValueList());

    private static void Run(Step step, BotCommand command)
    {
        switch (command.Kind)
        {
            case CommandKind.Help:
                step.Reply.Add(ReplyRenderer.Help());
                return;
            case CommandKind.Status:
                step.StatusAsked = true;
                return;
            case CommandKind.Answer or CommandKind.Skip:
                // Read with the other answers.
                return;
        }

        if (step.Permission is not { } permission)
        {
            step.NeedsPermission = true;
            return;
        }

        if (permission < RepositoryPermission.Write)
        {
            step.Reply.Add(ReplyRenderer.Refusal(command, permission));
            return;
        }

        var session = step.Session;
        switch (command.Kind)
        {
            case CommandKind.Generate or CommandKind.Regenerate when session.Questionnaire is null || session.State is not (PlanningSessionState.Scoping or PlanningSessionState.PlanCommitted):
                step.Reply.Add(ReplyRenderer.NothingToPlan(session));
                break;
            case CommandKind.Generate or CommandKind.Regenerate:
                var reason = command.Kind == CommandKind.Generate ? "/planbot generate" : command.Force ? "/planbot regenerate --force" : "/planbot regenerate";
                step.Session = session with { PlanRequest = new PlanRequest(command.Force, step.Who, reason, step.Claim, command.Kind == CommandKind.Generate ? PlanTrigger.Generate : PlanTrigger.Regenerate) };
                break;
            case CommandKind.Publish:
                var number = session.Key.PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture);
                step.Outbox.Publish(new PublishRequest(RepositoryRef.Of(session.Key), $"/planbot publish in #{number}", step.Who, step.Comment.DeliveryId));
                break;
            default:
                step.Session = session with
                {
                    Answers = AnswerSet.Empty,
                    AnswerFindings = ValueList<AnswerFinding>.Empty,
                    PlanRequest = null,
                    State = session.Questionnaire is null ? session.State : PlanningSessionState.Scoping,
                };
                step.AnswersChanged = false;
                break;
        }
    }

    /// <summary>
    /// The plan is written by itself once every required answer is in without open questions about them, and
    /// rewritten when answers change after it was written, but only for people who could also ask for it by command.
    /// </summary>
    private static void DueForPlan(Step step)
    {
        var session = step.Session;
        if (!step.AnswersChanged || session.PlanRequest is not null || session.Questionnaire is not { } questionnaire)
        {
            return;
        }

        var complete = questionnaire.MissingRequired(session.Answers).Count == 0
            && !session.AnswerFindings.Any(f => questionnaire.Find(f.QuestionId)?.Required == true);
        var reason = session.State switch
        {
            PlanningSessionState.Scoping when complete => "every required question is answered",
            PlanningSessionState.PlanCommitted => "answers changed",
            _ => null,
        };
        if (reason is null)
        {
            return;
        }

        if (step.Permission is not { } permission)
        {
            step.NeedsPermission = true;
        }
        else if (permission >= RepositoryPermission.Write)
        {
            step.Session = session with { PlanRequest = new PlanRequest(false, step.Who, reason, step.Claim, PlanTrigger.Answers) };
        }
    }

    /// <summary>The state of applying one comment.</summary>
    private sealed class Step(PlanningSession session, CommentActivity comment, RepositoryPermission? permission, DateTimeOffset now)
    {
        public PlanningSession Session { get; set; } = session;

        public CommentActivity Comment => comment;

        public RepositoryPermission? Permission => permission;

        /// <summary>Whoever caused the event: the person who ticked a box in PlanBot's comment, not PlanBot.</summary>
        public string Who => comment.Sender.Login;

        public WorkClaim Claim { get; } = new(comment.DeliveryId, now);

        public OutboxWriter Outbox { get; } = new(comment.DeliveryId, "apply", now);

        public List<string> Reply { get; } = [];

        public bool NeedsPermission { get; set; }

        public bool AnswersChanged { get; set; }

        public bool StatusAsked { get; set; }

        public PlanningSession Finish(int remembered)
        {
            if (StatusAsked)
            {
                Reply.Add(ReplyRenderer.Status(Session));
            }

            if (Reply.Count > 0)
            {
                Outbox.Reply(ReplyRenderer.Compose(Who, Reply));
            }

            return Outbox.AppendTo(Session).Applied(comment.DeliveryId, remembered, now);
        }
    }
}
