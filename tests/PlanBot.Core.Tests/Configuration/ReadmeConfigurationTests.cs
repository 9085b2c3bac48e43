using System.Text.RegularExpressions;
using PlanBot.Core.Configuration;

namespace PlanBot.Core.Tests.Configuration;

/// <summary>The <c>.github/planbot.yml</c> example in the README is what users copy: it must be a valid configuration.</summary>
public sealed partial class ReadmeConfigurationTests
{
    [Fact]
    public void The_readme_example_is_read_without_problems_and_sets_what_it_shows()
    {
        var result = RepositoryConfigReader.Read(ReadmeExample());

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(["Foundation", "Core features", "Integrations", "Hardening"], result.Config.PhaseNames);
        Assert.Equal(30m, result.Config.HoursPerPersonPerWeek);
        Assert.Equal("team.size", Assert.Single(result.Config.QuestionOverrides).Id);
        Assert.Equal("compliance.pci", Assert.Single(result.Config.ExtraQuestions).Id);
    }

    private static string ReadmeExample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var readme = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(dir.FullName, "PlanBot.sln")))
            {
                var section = File.ReadAllText(readme).Split("## Configuration", 2)[1];
                return YamlFence().Match(section).Groups[1].Value;
            }
        }

        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlFence();
}
