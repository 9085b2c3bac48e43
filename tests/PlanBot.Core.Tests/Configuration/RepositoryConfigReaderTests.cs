using CsCheck;
using PlanBot.Core.Configuration;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Tests.Configuration;

public sealed class RepositoryConfigReaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void No_file_means_the_defaults(string? yaml)
    {
        var result = RepositoryConfigReader.Read(yaml);

        Assert.True(result.IsValid);
        Assert.Equal(RepositoryConfig.Default, result.Config);
    }

    [Fact]
    public void Reads_every_setting()
    {
        const string yaml = """
            documents:
              prd: specs/product.md
              trd: specs/technical.md
            plan:
              path: specs/PLAN.md
              template: .github/planbot/plan.liquid
              phase_names: [Foundation, Features, Hardening, Polish]
            team:
              hours_per_person_per_week: 25
            questions:
              overrides:
                team.size: { default: "5", required: false }
              extra:
                - id: compliance.pci
                  category: risk
                  prompt: Does this touch card data?
                  type: yes_no
                  default: "no"
            tracking:
              label: roadmap
              close_weeks_automatically: false
              sub_issues: false
            """;

        var result = RepositoryConfigReader.Read(yaml);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var config = result.Config;
        Assert.Equal("specs/product.md", config.PrdPath);
        Assert.Equal("specs/technical.md", config.TrdPath);
        Assert.Equal("specs/PLAN.md", config.PlanPath);
        Assert.Equal(".github/planbot/plan.liquid", config.TemplatePath);
        Assert.Equal(["Foundation", "Features", "Hardening", "Polish"], config.PhaseNames.ToArray());
        Assert.Equal(25m, config.HoursPerPersonPerWeek);
        Assert.Equal(new QuestionSetting("team.size", null, "5", false), Assert.Single(config.QuestionOverrides));
        Assert.Equal(
            new ExtraQuestionSetting("compliance.pci", QuestionCategory.RiskAssessment, "Does this touch card data?", AnswerType.YesNo, "no", false),
            Assert.Single(config.ExtraQuestions));
        Assert.Equal("roadmap", config.Label);
        Assert.False(config.CloseWeeksAutomatically);
        Assert.False(config.SubIssues);
    }

    [Theory]
    [InlineData("documents:\n  prd: a.md\n  trdd: b.md\n", 3, "trdd: b.md", "did you mean `trd`?")]
    [InlineData("plan:\n  path: ../../etc/passwd\n", 2, "path: ../../etc/passwd", "relative to the repository root")]
    [InlineData("team:\n  hours_per_person_per_week: lots\n", 2, "hours_per_person_per_week: lots", "between 1 and 80")]
    [InlineData("tracking:\n  sub_issues: maybe\n", 2, "sub_issues: maybe", "`true` or `false`")]
    [InlineData("plan:\n  phase_names: [a, b, c, d, e]\n", 2, "phase_names: [a, b, c, d, e]", "at most four")]
    [InlineData("documents: [a]\n", 1, "documents: [a]", "must be a mapping")]
    [InlineData("questions:\n  extra:\n    - id: x.y\n      prompt: Why?\n      category: money\n", 5, "category: money", "`category` must be one of")]
    [InlineData("plan:\n  path: [unclosed\n", 3, "", "invalid YAML")]
    public void Bad_lines_are_quoted_with_their_number_and_the_defaults_apply(string yaml, int line, string text, string message)
    {
        var result = RepositoryConfigReader.Read(yaml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(line, problem.Line);
        Assert.Equal(text, problem.Text);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(RepositoryConfig.Default, result.Config);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var result = RepositoryConfigReader.Read("colour: blue\ntracking:\n  label: a,b\n  sub_issues: 3\n");

        Assert.Equal([1, 3, 4], result.Problems.Select(p => p.Line).ToArray());
    }

    [Fact]
    public void An_oversized_file_is_refused()
    {
        var result = RepositoryConfigReader.Read("# " + new string('x', RepositoryConfigReader.MaxBytes));

        Assert.Contains("larger than 64 KiB", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_too_large_to_download_gets_the_same_message_as_one_read_whole()
    {
        var notDownloaded = RepositoryConfigReader.Read(new RepositoryFile(RepositoryConfig.Path, "abc", RepositoryConfigReader.MaxBytes + 1, Text: null));
        var readWhole = RepositoryConfigReader.Read("# " + new string('x', RepositoryConfigReader.MaxBytes));

        Assert.Equal(readWhole, notDownloaded);
        Assert.Equal(RepositoryConfig.Default, notDownloaded.Config);
        Assert.Equal(
            ".github/planbot.yml is larger than 64 KiB; PlanBot reads only smaller files.",
            Assert.Single(notDownloaded.Problems).Message);
    }

    [Fact]
    public void No_file_at_the_ref_means_the_defaults_and_a_file_is_read_as_its_text()
    {
        Assert.Equal(new ConfigReadResult(RepositoryConfig.Default, ValueList<ConfigProblem>.Empty), RepositoryConfigReader.Read((RepositoryFile?)null));
        Assert.Equal(
            RepositoryConfigReader.Read("plan:\n  phase_names: [Groundwork]\n"),
            RepositoryConfigReader.Read(new RepositoryFile(RepositoryConfig.Path, "abc", 30, "plan:\n  phase_names: [Groundwork]\n")));
    }

    [Fact]
    public void Random_text_never_throws() =>
        Gen.String[Gen.Char[" :-[]{}\n\t#\"'abcdeprdtrackinglabel&*!|>"], 0, 300]
            .Sample(yaml => RepositoryConfigReader.Read(yaml).Config is not null, iter: 3000);
}
