using System.Text.RegularExpressions;
using Xunit;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>
/// CI's gate on infra/: every Bicep file builds and lints with no error and no warning (a warning may only be
/// silenced in the file, with a reason), and the example parameters file builds against main.bicep.
/// </summary>
public sealed partial class BicepTemplateTests
{
    public static TheoryData<string> BicepFiles => [.. InfraLayout.InfraFiles(".bicep")];

    public static TheoryData<string> ParameterFiles => [.. InfraLayout.InfraFiles(".bicepparam")];

    [Fact]
    public void Infra_holds_main_bicep_its_modules_and_an_example_parameters_file()
    {
        var files = InfraLayout.InfraFiles(".bicep");

        Assert.Contains("main.bicep", files);
        Assert.Contains(files, file => file.StartsWith("modules/", StringComparison.Ordinal));
        Assert.Equal(["main.bicepparam"], InfraLayout.InfraFiles(".bicepparam"));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_builds_without_errors_or_warnings(string file)
    {
        var output = Directory.CreateTempSubdirectory("planbot-bicep-");
        try
        {
            var run = await BicepCli.Instance.RunAsync(["build", file, "--outdir", output.FullName], CancellationToken.None);

            Assert.True(run.Failure.Length == 0, run.Failure);
            Assert.Single(output.GetFiles("*.json"));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_lints_without_errors_or_warnings(string file)
    {
        var run = await BicepCli.Instance.RunAsync(["lint", file], CancellationToken.None);

        Assert.True(run.Failure.Length == 0, run.Failure);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Bicep_file_is_formatted_as_bicep_format_writes_it(string file)
    {
        var run = await BicepCli.Instance.RunAsync(["format", file, "--stdout"], CancellationToken.None);

        Assert.True(run.ExitCode == 0, run.Failure);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(InfraLayout.InfraDirectory, file)), run.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public async Task Parameters_file_builds_against_its_template(string file)
    {
        var output = Path.Combine(Path.GetTempPath(), $"planbot-{Guid.NewGuid():N}.parameters.json");
        try
        {
            var run = await BicepCli.Instance.RunAsync(["build-params", file, "--outfile", output], CancellationToken.None);

            Assert.True(run.Failure.Length == 0, run.Failure);
            Assert.Contains("\"parameters\"", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Every_silenced_diagnostic_says_why(string file)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(InfraLayout.InfraDirectory, file));

        var unjustified = lines
            .Select((line, index) => (Line: line.Trim(), Number: index + 1))
            .Where(line => line.Line.StartsWith("#disable-", StringComparison.Ordinal) && !JustifiedSuppression().IsMatch(line.Line))
            .Select(line => $"{file}({line.Number}): {line.Line}")
            .ToList();

        Assert.True(unjustified.Count == 0, "Suppressions without a `// reason`:\n" + string.Join('\n', unjustified));
    }

    // "#disable-next-line rule-or-code // a reason of a few words"; #disable-diagnostics would silence a whole file.
    [GeneratedRegex(@"^#disable-next-line\s+[\w-]+(\s+[\w-]+)*\s+//\s*\S.{8,}$", RegexOptions.CultureInvariant)]
    private static partial Regex JustifiedSuppression();
}
