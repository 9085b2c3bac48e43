using System.Reflection;
using System.Text.Json;
using PlanBot.GitHub;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;
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
            Assert.True(IsKnown(name.Split("__")), $"{name} is not a setting PlanBot reads");
        }

        Assert.Empty(Settable(typeof(StorageOptions)).Select(p => "PlanBot__Storage__" + p).Except(values));
        Assert.Empty(Settable(typeof(WebhookQueueOptions)).Select(p => "PlanBot__Queue__" + p).Except(values));
        Assert.Empty(Settable(typeof(WebhookOptions)).Select(p => "PlanBot__" + p).Except(values));
        Assert.Empty(Settable(typeof(GitHubOptions)).Select(p => "PlanBot__GitHub__" + p).Except(values));
    }

    private static bool IsKnown(string[] path) => path switch
    {
        [_, "Storage", var name] => Settable(typeof(StorageOptions)).Contains(name),
        [_, "Queue", var name] => Settable(typeof(WebhookQueueOptions)).Contains(name),
        [_, "GitHub", var name] => Settable(typeof(GitHubOptions)).Contains(name),
        [_, var name] => Settable(typeof(WebhookOptions)).Contains(name),
        _ => false,
    };

    private static IEnumerable<string> Settable(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);

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
