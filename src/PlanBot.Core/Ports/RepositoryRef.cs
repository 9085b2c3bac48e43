using System.Globalization;

namespace PlanBot.Core.Ports;

/// <summary>A repository as seen through one installation of the App: every GitHub call is made with that installation's token.</summary>
public sealed record RepositoryRef(long InstallationId, string Owner, string Name)
{
    public string FullName => $"{Owner}/{Name}";

    public static RepositoryRef Of(SessionKey key) => new(key.InstallationId, key.Owner, key.Repo);

    public override string ToString() => FullName + "@" + InstallationId.ToString(CultureInfo.InvariantCulture);
}
