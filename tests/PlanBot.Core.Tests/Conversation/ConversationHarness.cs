using Microsoft.Extensions.Time.Testing;
using PlanBot.Core.Configuration;
using PlanBot.Core.Conversation;
using PlanBot.Core.Engine;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Conversation.Fakes;

using PlanBot.Core.Tests.Telemetry;

namespace PlanBot.Core.Tests.Conversation;

/// <summary>
/// The conversation wired to stateful fakes: repository <c>acme/payments</c> with a default branch <c>main</c> and
/// pull request #5 from branch <c>docs</c> that adds the PRD and the TRD. Alice may write, Bob is a stranger.
/// </summary>
public sealed class ConversationHarness
{
    public const string PrdPath = "docs/pre-development-docs/PRD.md";
    public const string TrdPath = "docs/pre-development-docs/TRD.md";
    public const string PlanPath = "docs/pre-development-docs/IMPLEMENTATION_PLAN.md";
    public const string HeadBranch = "docs";

    private int deliveries;

    /// <param name="engine">The core to plan with; the recording <see cref="Engine"/> unless a test needs the real one.</param>
    /// <param name="documents">The PRD and TRD the pull request brings, and where (the harness's own pair at the default paths unless given).</param>
    public ConversationHarness(
        bool withPrd = true,
        bool withTrd = true,
        string? config = null,
        ConversationOptions? options = null,
        IPlanEngine? engine = null,
        IReadOnlyDictionary<string, string?>? documents = null,
        IReadOnlyDictionary<string, string?>? onMain = null)
    {
        Options = options ?? ConversationOptions.Default;
        var main = new Dictionary<string, string?>(onMain ?? new Dictionary<string, string?>()) { ["README.md"] = "# Payments\n", [RepositoryConfig.Path] = config };
        GitHub.Push("main", main);
        GitHub.Push(HeadBranch, new Dictionary<string, string?>(documents ?? new Dictionary<string, string?> { [PrdPath] = withPrd ? Prd : null, [TrdPath] = withTrd ? Trd : null }), from: "main");
        GitHub.Grant("alice", RepositoryPermission.Write);
        GitHub.Grant("carol", RepositoryPermission.Admin);
        GitHub.Grant("bob", RepositoryPermission.Read);
        var core = engine ?? Engine;
        var generator = new PlanGenerator(GitHub, Sessions, core, new PlanWriter(core), Options, Measurements.Telemetry);
        Driver = new ConversationDriver(GitHub, Sessions, Decisions, Publisher, generator, Options, Clock);
        PullRequests = new PullRequestConversation(GitHub, Sessions, new ScopingAnalyzer(core), Driver, Options, Clock);
        Comments = new CommentConversation(GitHub, Sessions, PullRequests, Driver, new CommentTransition(Options), Clock);
    }

    public static SessionKey Key { get; } = new(7, "acme", "payments", 5);

    public static string Prd => "# Reconciliation Plugin PRD\n\n## Functional Requirements\n\n- FR-001 Import bank statements\n";

    public static string Trd => "# Reconciliation Plugin TRD\n\n## API Specifications\n\n- POST /v1/statements\n";

    public ConversationOptions Options { get; }

    public FakeGitHub GitHub { get; } = new();

    public InMemorySessionStore Sessions { get; } = new();

    public InMemoryDecisionLog Decisions { get; } = new();

    public RecordingPublishScheduler Publisher { get; } = new();

    public FakePlanEngine Engine { get; } = new();

    /// <summary>What the conversation measured (the listener lives as long as the test process; harnesses are few).</summary>
    public RecordedMeasurements Measurements { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public ConversationDriver Driver { get; }

    public PullRequestConversation PullRequests { get; }

    public CommentConversation Comments { get; }

    public PlanningSession Session => Sessions[Key] ?? throw new InvalidOperationException("No session yet.");

    public FakeComment ScopingComment => GitHub.Comments.Single(c => c.Body.StartsWith(ScopingCommentRenderer.Marker, StringComparison.Ordinal));

    public string NextDelivery() => $"delivery-{++deliveries}";

    public PullRequestActivity PullRequest(
        PullRequestAction action,
        string sender = "alice",
        bool senderIsBot = false,
        bool draft = false,
        bool open = true,
        bool merged = false,
        string headRepository = "acme/payments",
        string? delivery = null,
        SessionKey? key = null,
        string headBranch = HeadBranch)
    {
        var number = (key ?? Key).PullRequest;
        var snapshot = new PullRequestSnapshot(number, open, draft, merged, "alice", GitHub.Head(headBranch), headBranch, headRepository, "main", "main");
        return new PullRequestActivity(delivery ?? NextDelivery(), key ?? Key, action, snapshot, Clock.GetUtcNow(), "https://github.com/acme/payments", new Actor(sender, senderIsBot));
    }

    public Task<ConversationResult> OpenAsync() => PullRequests.HandleAsync(PullRequest(PullRequestAction.Opened), CancellationToken.None);

    public CommentActivity Comment(
        string body,
        string sender = "alice",
        CommentAction action = CommentAction.Created,
        long? commentId = null,
        string? author = null,
        bool authorIsBot = false,
        bool senderIsBot = false,
        string? delivery = null,
        bool onPullRequest = true)
    {
        return new CommentActivity(
            delivery ?? NextDelivery(),
            Key,
            action,
            onPullRequest,
            commentId ?? 900 + deliveries,
            body,
            new Actor(author ?? sender, authorIsBot),
            new Actor(sender, senderIsBot),
            Clock.GetUtcNow(),
            "https://github.com/acme/payments");
    }

    public Task<ConversationResult> SayAsync(string body, string sender = "alice") =>
        Comments.HandleAsync(Comment(body, sender), CancellationToken.None);

    /// <summary>The answers every required question of the sample needs, as a fill-in block.</summary>
    public static string RequiredAnswers => $"""
        ```yaml
        {QuestionIds.TeamSize}: 3 backend + 1 QA
        {QuestionIds.StartDate}: 2027-01-04
        {QuestionIds.MvpScope}: FR-001, FR-002
        ```
        """;
}
