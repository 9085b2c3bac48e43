namespace PlanBot.GitHub.Auth;

/// <summary>An installation access token and when GitHub expires it (an hour after creation).</summary>
public sealed record InstallationToken(string Value, DateTimeOffset ExpiresAt);
