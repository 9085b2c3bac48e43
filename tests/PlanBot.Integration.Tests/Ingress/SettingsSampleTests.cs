using System.Text.Json;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary><c>local.settings.sample.json</c> documents every setting, and every setting it names exists.</summary>
public sealed class SettingsSampleTests
{
    [Fact]
    public void Every_value_is_documented_and_every_planbot_setting_is_bound_by_an_options_class()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(SamplePath()));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToList();
        var documented = sample.RootElement.GetProperty("Documentation").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(values, documented);
        foreach (var name in values.Where(n => n.StartsWith("PlanBot__", StringComparison.Ordinal)))
        {
            Assert.True(PlanBotSettingNames.IsBound(name), $"{name} is not a setting PlanBot reads");
        }

        Assert.Empty(PlanBotSettingNames.Storage.Except(values));
        Assert.Empty(PlanBotSettingNames.Queue.Except(values));
        Assert.Empty(PlanBotSettingNames.Webhook.Except(values));
        Assert.Empty(PlanBotSettingNames.GitHub.Except(values));
        Assert.Empty(PlanBotSettingNames.Tracking.Except(values));
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "local.settings.sample.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "host.json")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("local.settings.sample.json not found above the test assembly.");
    }
}
