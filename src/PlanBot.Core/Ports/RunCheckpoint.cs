namespace PlanBot.Core.Ports;

/// <summary>
/// How far run <see cref="RunId"/> got: the steps it finished, the step it had started when it stopped
/// (<see cref="InFlight"/>: a comment whose answer never came may or may not exist), and what it created. The
/// worker <see cref="Holder"/> owns the run until <see cref="LeaseUntil"/>; every saved step renews the lease.
/// </summary>
public sealed record RunCheckpoint(
    RepositoryRef Repository,
    string RunId,
    string Holder,
    DateTimeOffset LeaseUntil,
    ValueList<string> Done,
    string? InFlight,
    ValueList<CreatedObject> Created);
