using PlanBot.Cli;
using PlanBot.Core.Configuration;

namespace PlanBot.Core.Tests.Cli;

/// <summary>
/// The command line reads the repository's <c>.github/planbot.yml</c> (or <c>--config</c>) with the App's reader:
/// the same problems, the same defaults when there are any, the configured document paths and template.
/// </summary>
public sealed class RepositorySettingsTests : IDisposable
{
    private readonly TempFolder repository = new();

    public RepositorySettingsTests()
    {
        repository.Write("docs/pre-development-docs/PRD.md", File.ReadAllText(SamplePaths.SampleFile("PRD.md")));
        repository.Write("docs/pre-development-docs/TRD.md", File.ReadAllText(SamplePaths.SampleFile("TRD.md")));
    }

    public void Dispose() => repository.Dispose();

    [Fact]
    public async Task A_configuration_with_problems_reports_each_at_its_line_in_the_Apps_words_and_the_defaults_apply()
    {
        const string Yaml = "plan:\n  phses: [A]\nteam:\n  hours_per_person_per_week: lots\n";
        var config = repository.Write(RepositoryConfig.Path, Yaml);
        var expected = RepositoryConfigReader.Read(Yaml).Problems.Select(p => $"{config}:{p.Line}: {p.Message}").ToList();

        var result = await PlanAsync(repository.Path);
        var withoutConfig = await PlanWithoutConfigAsync();

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            [.. expected, $"planbot: {config} has problems, so the built-in defaults apply until it is fixed"],
            result.ErrorLines);
        Assert.StartsWith($"{config}:2: unknown key `phses` in `plan`;", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(withoutConfig, result.Out);
    }

    [Fact]
    public async Task A_configuration_given_with_config_shapes_the_bundled_sample()
    {
        var config = repository.Write("other.yml", "plan:\n  phase_names: [Groundwork]\n");

        var result = await CliRunner.RunAsync("plan", "--config", config, "--today", "2026-11-25");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Phase 1: Groundwork", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_too_large_to_read_gets_the_Apps_message_and_the_defaults()
    {
        var config = repository.Write(RepositoryConfig.Path, "# " + new string('x', RepositoryConfigReader.MaxBytes));

        var result = await PlanAsync(repository.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal($"{config}: .github/planbot.yml is larger than 64 KiB; PlanBot reads only smaller files.", result.ErrorLines[0]);
        Assert.Equal(await PlanWithoutConfigAsync(), result.Out);
    }

    [Fact]
    public async Task A_missing_config_file_is_a_usage_error()
    {
        var missing = Path.Join(repository.Path, "nope.yml");

        var result = await CliRunner.RunAsync("plan", repository.Path, "--config", missing);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal([$"planbot: configuration not found: {missing}"], result.ErrorLines);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Documents_the_configuration_places_elsewhere_are_read_only_from_there()
    {
        repository.Write(RepositoryConfig.Path, "documents:\n  prd: specs/product.md\n  trd: specs/technical.md\n");

        var missing = await PlanAsync(repository.Path);
        repository.Write("specs/product.md", File.ReadAllText(SamplePaths.SampleFile("PRD.md")));
        repository.Write("specs/technical.md", "# Other TRD\n\n## API Specifications\n\n- POST /v1/other\n");
        var found = await PlanAsync(repository.Path);

        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Equal(
            [$"planbot: no specs/product.md in {repository.Path} (the path {Path.Join(repository.Path, RepositoryConfig.Path)} sets)"],
            missing.ErrorLines);
        Assert.Equal(ExitCodes.Success, found.ExitCode);
        Assert.Contains("POST /v1/other", found.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_template_that_is_missing_or_cannot_render_leaves_the_plan_to_the_built_in_one_with_a_note()
    {
        repository.Write(RepositoryConfig.Path, "plan:\n  template: .github/planbot/plan.liquid\n");
        var template = Path.Join(repository.Path, ".github/planbot/plan.liquid");

        var missing = await PlanAsync(repository.Path);
        repository.Write(".github/planbot/plan.liquid", "# {{ plan.title }}\n{{ plan.nme }}\n");
        var failing = await PlanAsync(repository.Path);
        repository.Write(".github/planbot/plan.liquid", "# {{ plan.title }}\n");
        var working = await PlanAsync(repository.Path);

        var builtIn = await PlanWithoutConfigAsync();
        Assert.Equal((ExitCodes.Success, builtIn), (missing.ExitCode, missing.Out));
        Assert.Equal(
            [$"planbot: note: the template {template} set in {Path.Join(repository.Path, RepositoryConfig.Path)} is not there, so the built-in template writes the plan"],
            missing.ErrorLines);
        Assert.Equal((ExitCodes.Success, builtIn), (failing.ExitCode, failing.Out));
        Assert.StartsWith($"planbot: note: {template}:2:", Assert.Single(failing.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith("; the built-in template wrote the plan", failing.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, "# Payments Reconciliation Plugin\n", ""), (working.ExitCode, working.Out, working.Error));
    }

    [Fact]
    public async Task Questions_asks_the_configured_prompts_and_extra_questions()
    {
        repository.Write(
            RepositoryConfig.Path,
            "questions:\n  overrides:\n    team.size:\n      prompt: Who is on the squad?\n  extra:\n    - id: risk.vendor_review\n      prompt: Does the card scheme review the design?\n");

        var result = await CliRunner.RunAsync("questions", repository.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Who is on the squad?", result.Out, StringComparison.Ordinal);
        Assert.Contains("Does the card scheme review the design?", result.Out, StringComparison.Ordinal);
    }

    private static Task<CliResult> PlanAsync(string folder) => CliRunner.RunAsync("plan", folder, "--today", "2026-11-25");

    private async Task<string> PlanWithoutConfigAsync()
    {
        using var plain = new TempFolder();
        plain.Write("PRD.md", File.ReadAllText(Path.Join(repository.Path, "docs/pre-development-docs/PRD.md")));
        plain.Write("TRD.md", File.ReadAllText(Path.Join(repository.Path, "docs/pre-development-docs/TRD.md")));
        var result = await PlanAsync(plain.Path);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        return result.Out;
    }
}
