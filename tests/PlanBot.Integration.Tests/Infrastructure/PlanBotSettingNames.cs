using System.Reflection;
using PlanBot.GitHub;
using PlanBot.GitHub.Tracking;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>
/// The <c>PlanBot__…</c> environment names PlanBot binds, read from its options classes, so a setting written in
/// local.settings.sample.json or the Bicep app settings under a name nothing reads fails a test instead of being ignored.
/// </summary>
internal static class PlanBotSettingNames
{
    public static IEnumerable<string> GitHub => Settable(typeof(GitHubOptions)).Select(name => "PlanBot__GitHub__" + name);

    public static IEnumerable<string> Tracking => Settable(typeof(TrackingJobOptions)).Select(name => "PlanBot__Tracking__" + name);

    public static IEnumerable<string> Storage => Settable(typeof(StorageOptions)).Select(name => "PlanBot__Storage__" + name);

    public static IEnumerable<string> Queue => Settable(typeof(WebhookQueueOptions)).Select(name => "PlanBot__Queue__" + name);

    public static IEnumerable<string> Webhook => Settable(typeof(WebhookOptions)).Select(name => "PlanBot__" + name);

    /// <summary>True when <paramref name="environmentName"/> (<c>PlanBot__Section__Name</c>) is bound by an options class.</summary>
    public static bool IsBound(string environmentName) => environmentName.Split("__") switch
    {
        ["PlanBot", "Storage", var name] => Settable(typeof(StorageOptions)).Contains(name),
        ["PlanBot", "Queue", var name] => Settable(typeof(WebhookQueueOptions)).Contains(name),
        ["PlanBot", "GitHub", var name] => Settable(typeof(GitHubOptions)).Contains(name),
        ["PlanBot", "Tracking", var name] => Settable(typeof(TrackingJobOptions)).Contains(name),
        ["PlanBot", var name] => Settable(typeof(WebhookOptions)).Contains(name),
        _ => false,
    };

    private static IEnumerable<string> Settable(Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);
}
