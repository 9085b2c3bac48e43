using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>The sample through the real CLI, compared byte for byte with the committed goldens.</summary>
public sealed class SampleGoldenTests
{
    private const string Today = "2026-11-25";

    [Fact]
    public Task Plan() =>
        VerifyAsync("sample-plan.md", "plan", SamplePaths.SampleFolder, "--answers", SamplePaths.SampleFile("answers.yml"), "--today", Today);

    [Fact]
    public Task Questions() =>
        VerifyAsync("sample-questions.md", "questions", SamplePaths.SampleFolder, "--today", Today);

    [Fact]
    public Task Analysis_json() =>
        VerifyAsync("sample-analysis.json", "analyze", SamplePaths.SampleFolder, "--json");

    [Fact]
    public async Task The_bundled_sample_gives_the_same_plan_as_the_sample_folder()
    {
        var bundled = await CliRunner.RunAsync("plan", "--today", Today);
        var folder = await CliRunner.RunAsync("plan", SamplePaths.SampleFolder, "--answers", SamplePaths.SampleFile("answers.yml"), "--today", Today);

        Assert.True(bundled.ExitCode == 0, bundled.Error);
        Assert.Equal(folder.Out, bundled.Out);
    }

    private static async Task VerifyAsync(string golden, params string[] args)
    {
        GoldenFile.RequireExisting(golden);

        var result = await CliRunner.RunAsync(args);

        Assert.True(result.ExitCode == 0, $"planbot {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        GoldenFile.Verify(golden, result.Out);
    }
}
