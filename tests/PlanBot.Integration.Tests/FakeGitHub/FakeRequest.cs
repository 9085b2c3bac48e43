namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// One request the fake answered: what, when (by its clock), the status (0: no answer), how many body bytes went out,
/// and the bodies (the answer's first 256 KB).
/// </summary>
public sealed record FakeRequest(
    string Method, string Path, string Query, int Status, DateTimeOffset At, long ResponseBytes, string? Authorization, string RequestBody, string ResponseBody)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";

    public override string ToString() => $"{Method} {Path}{Query} → {Status}";
}
