namespace PlanBot.Core.Ports;

public sealed record StoredPublication(Publication Publication, string ETag);
