namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>One request the fake answered: what, when (by its clock), the status and how many body bytes went out.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, int Status, DateTimeOffset At, long ResponseBytes, string? Authorization)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";

    public override string ToString() => $"{Method} {Path}{Query} → {Status}";
}
