using CsCheck;
using PlanBot.Core.Conversation;
using PlanBot.Core.Conversation.Commands;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Conversation;

/// <summary>Whatever people write, applying a comment never throws, and applying it twice changes nothing more.</summary>
public sealed class CommentTransitionProperties
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly PlanningSession Scoping = PlanningSession.Start(ConversationHarness.Key, At) with
    {
        State = PlanningSessionState.Scoping,
        Questionnaire = new QuestionnaireBuilder().Build(SampleDocuments.Set),
    };

    private static readonly Gen<string> Lines = Gen.OneOf(
        Gen.Const("/planbot generate"),
        Gen.Const("/planbot regenerate --force"),
        Gen.Const("/planbot skip risk.unknowns"),
        Gen.Const("/planbot answer team.size 3 backend + 1 QA"),
        Gen.Const("/planbot generat"),
        Gen.Const("/planbot answer"),
        Gen.Const("/planbot reset"),
        Gen.Const("team.size: 4"),
        Gen.Const("timeline.start_date: someday"),
        Gen.Const("> **⬜ `timeline.deadline`**"),
        Gen.Const("```yaml"),
        Gen.Const("```"),
        Gen.Const("- [x] FR-002 <!-- planbot:choice:scope.mvp:FR-002 -->"),
        Gen.String);

    private static readonly Gen<string> Bodies = Lines.Array[0, 12].Select(lines => string.Join('\n', lines));

    [Fact]
    public void Never_throws_and_is_idempotent() =>
        Gen.Select(Bodies, Gen.Enum<RepositoryPermission>(), Gen.Bool).Sample((body, permission, edited) =>
        {
            var transition = new CommentTransition(ConversationOptions.Default);
            var comment = new CommentActivity("d1", ConversationHarness.Key, edited ? CommentAction.Edited : CommentAction.Created, true, 1, body, new Actor("alice", false), new Actor("alice", false), At);
            var commands = edited ? ParsedCommands.None : CommandParser.Parse(body);

            var once = transition.Apply(Scoping, comment, commands, permission, At);
            var twice = transition.Apply(once.Session, comment, commands, permission, At);

            Assert.Equal(once.Session, twice.Session);
            Assert.False(twice.Relevant);
            Assert.True(once.Relevant || once.Session == Scoping);
        });
}
