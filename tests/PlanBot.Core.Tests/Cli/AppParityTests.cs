using System.Text.RegularExpressions;
using PlanBot.Cli;
using PlanBot.Core.Configuration;
using PlanBot.Core.Engine;
using PlanBot.Core.Tests.Conversation;
using PlanBot.Core.Tests.Documents;

namespace PlanBot.Core.Tests.Cli;

/// <summary>
/// <c>planbot plan</c> on a checkout prints the bytes the App commits on the pull request that brings the same
/// documents, answers and <c>.github/planbot.yml</c>: the conversation runs with the real core against the fake GitHub
/// (the plan made for its clock's day, 2026-11-25), the command line on a folder laid out like the repository.
/// </summary>
public sealed partial class AppParityTests : IDisposable
{
    private const string Today = "2026-11-25";

    /// <summary>Phase names, working hours, a question override and an extra question: every setting that changes the plan.</summary>
    private const string Config = """
        plan:
          phase_names: [Groundwork, Core flows, Hardening, Launch]
        team:
          hours_per_person_per_week: 30
        questions:
          overrides:
            team.size:
              default: "2 backend + 1 QA"
          extra:
            - id: risk.vendor_review
              category: risk
              prompt: Does the card scheme review the design before launch?
              type: yes_no
              default: "no"
        """;

    private const string Answers = """
        team.size: 3 backend + 1 frontend
        timeline.start_date: 2027-01-11
        risk.vendor_review: yes
        """;

    private readonly TempFolder checkout = new();

    public void Dispose() => checkout.Dispose();

    [Fact]
    public async Task The_sample_with_configured_document_paths_and_a_repository_template_comes_out_as_the_App_commits_it()
    {
        var config = Config + """

            documents:
              prd: specs/PRD.md
              trd: specs/TRD.md
            """;
        config = config.Replace("plan:\n", "plan:\n  template: .github/planbot/plan.scriban\n", StringComparison.Ordinal);
        var template = """
            # {{ plan.title }}
            {{ for phase in plan.phases }}
            ## {{ phase.name }}: {{ phase.weeks.size }} weeks
            {{ end }}
            {{ for decision in plan.decisions }}
            | {{ decision.question_id }} | {{ decision.author }} | {{ decision.at }} | {{ decision.source }} |
            {{ end }}
            """;
        var documents = new Dictionary<string, string?>
        {
            ["specs/PRD.md"] = File.ReadAllText(SamplePaths.SampleFile("PRD.md")),
            ["specs/TRD.md"] = File.ReadAllText(SamplePaths.SampleFile("TRD.md")),
        };

        var plans = await BothAsync(config, documents, new Dictionary<string, string?> { [".github/planbot/plan.scriban"] = template });

        Assert.StartsWith("# Payments Reconciliation Plugin\n\n## Groundwork: ", plans.WithoutAnswers.Cli, StringComparison.Ordinal);
        plans.AssertSame();
    }

    [CorpusTheory]
    [InlineData("kart-shopper")]
    [InlineData("lerian-libcommons-streaming")]
    public async Task A_corpus_pair_comes_out_as_the_App_commits_it(string pair)
    {
        var documents = new Dictionary<string, string?>
        {
            [ConversationHarness.PrdPath] = Corpus.Read(pair, "PRD.md"),
            [ConversationHarness.TrdPath] = Corpus.Read(pair, "TRD.md"),
        };

        var plans = await BothAsync(Config, documents, new Dictionary<string, string?>());

        Assert.Contains("Groundwork", plans.WithoutAnswers.Cli, StringComparison.Ordinal);
        Assert.Contains("| risk.vendor\\_review | yes |", plans.WithAnswers.Cli, StringComparison.Ordinal);
        plans.AssertSame();
    }

    private async Task<Plans> BothAsync(string config, Dictionary<string, string?> documents, Dictionary<string, string?> onMain)
    {
        checkout.Write(RepositoryConfig.Path, config);
        foreach (var (path, text) in documents.Concat(onMain))
        {
            checkout.Write(path, text!);
        }

        var answers = checkout.Write("answers.txt", Answers);
        var withoutAnswers = new Pair(await AppAsync(config, documents, onMain, reply: null), await CliAsync());
        var withAnswers = new Pair(await AppAsync(config, documents, onMain, reply: Answers), await CliAsync("--answers", answers));
        return new Plans(withoutAnswers, withAnswers);
    }

    private async Task<string> CliAsync(params string[] extra)
    {
        var result = await CliRunner.RunAsync(["plan", checkout.Path, "--today", Today, .. extra]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain(".github/planbot.yml:", result.Error, StringComparison.Ordinal);
        return result.Out;
    }

    private static async Task<string> AppAsync(string config, Dictionary<string, string?> documents, Dictionary<string, string?> onMain, string? reply)
    {
        var harness = new ConversationHarness(config: config, engine: new PlanEngine(), documents: documents, onMain: onMain);
        await harness.OpenAsync();
        Assert.Empty(harness.Session.ConfigProblems);
        await harness.SayAsync(reply is null ? "/planbot generate" : $"```yaml\n{reply}\n```\n/planbot generate");
        var planPath = RepositoryConfigReader.Read(config).Config.PlanPath;
        return harness.GitHub.FileOn(ConversationHarness.HeadBranch, planPath) ?? throw new InvalidOperationException("The App committed no plan.");
    }

    private sealed record Pair(string App, string Cli);

    private sealed partial record Plans(Pair WithoutAnswers, Pair WithAnswers)
    {
        /// <summary>
        /// Byte for byte, except who gave an answer or accepted a default, when and how, which the plan records
        /// truthfully: Alice in a fill-in block at 09:00 on the pull request; <c>cli</c> from the answers file at the
        /// start of the planning day.
        /// </summary>
        public void AssertSame()
        {
            Assert.NotEqual(WithoutAnswers.Cli, WithAnswers.Cli);
            Assert.Equal(FromTheCommandLine(WithoutAnswers.App), WithoutAnswers.Cli);
            Assert.Equal(3, AliceInTheThread().Count(WithAnswers.App));
            Assert.Equal(FromTheCommandLine(WithAnswers.App), WithAnswers.Cli);
        }

        private static string FromTheCommandLine(string app) =>
            AliceInTheThread().Replace(app, $"| {CoreEngine.AnswerAuthor} | {Today} 00:00 UTC | answers file |")
                .Replace("accepted by alice on", $"accepted by {CoreEngine.AnswerAuthor} on", StringComparison.Ordinal);

        [GeneratedRegex(@"\| alice \| 2026-11-25 09:00 UTC \| fill-in block \|")]
        private static partial Regex AliceInTheThread();
    }
}
