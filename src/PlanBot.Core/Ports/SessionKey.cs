using System.Text.Json.Serialization;

namespace PlanBot.Core.Ports;

/// <summary>Identifies one planning conversation: a pull request of a repository seen through one installation.</summary>
public sealed record SessionKey(long InstallationId, string Owner, string Repo, int PullRequest)
{
    [JsonIgnore]
    public string Repository => $"{Owner}/{Repo}";

    public override string ToString() => $"{Owner}/{Repo}#{PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
