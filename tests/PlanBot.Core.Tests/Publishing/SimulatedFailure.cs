namespace PlanBot.Core.Tests.Publishing;

internal sealed class SimulatedFailure(string message) : Exception(message);
