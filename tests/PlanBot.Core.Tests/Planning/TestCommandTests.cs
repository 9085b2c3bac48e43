using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Tests.Planning;

/// <summary>A week without an endpoint to call is seen done by running its tests: the command the documents write, else their stack's.</summary>
public sealed class TestCommandTests
{
    [Fact]
    public void The_command_the_documents_write_wins_with_its_line()
    {
        var documents = new DocumentAnalyzer().Analyze("# PRD\n\nRun `make lint` before `pytest -q tests/` in CI.\n", "# TRD\n\n## Stack\n| Layer | Choice |\n|---|---|\n| Language | Go 1.23 |\n");

        Assert.Equal(new TestCommand("pytest -q tests/", "PRD line 3"), TestCommand.Of(documents));
    }

    [Theory]
    [InlineData("| Language | Go 1.23 |", "go test ./...")]
    [InlineData("| Backend | Ruby on Rails 8 |", "bin/rails test")]
    [InlineData("| Language | Kotlin 1.9 |", "./gradlew test")]
    public void Without_one_the_stack_names_the_usual_command(string row, string expected)
    {
        var documents = new DocumentAnalyzer().Analyze("# PRD\n", $"# TRD\n\n## Technology Stack\n| Layer | Choice |\n|---|---|\n{row}\n");

        Assert.Equal(expected, TestCommand.Of(documents)?.Command);
    }

    [Fact]
    public void Documents_without_a_stack_or_a_command_give_none()
    {
        Assert.Null(TestCommand.Of(new DocumentAnalyzer().Analyze("# PRD\n\nA notes app.\n", "# TRD\n\nIt stores notes.\n")));
    }

    [Fact]
    public void A_go_run_is_limited_to_the_packages_a_feature_names_and_other_runs_are_not()
    {
        var go = new TestCommand("go test ./...", "TRD line 4");

        Assert.Equal("go test ./commons/streaming/... ./pkg/tax/...", go.For(["commons/streaming/", "pkg/tax/tax.go", "/api/loans", "github.com/lerian/lib-commons/v5", "calculatePaye"]));
        Assert.Equal("go test ./...", go.For(["calculatePaye"]));
        Assert.Equal("npm test", new TestCommand("npm test", "TRD line 4").For(["commons/streaming/"]));
    }
}
