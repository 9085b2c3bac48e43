namespace PlanBot.Core.Planning;

/// <summary>A demo: a title and the shell commands (usually <c>curl</c> against TRD endpoints) shown in a code block.</summary>
public sealed record DemoScenario(string Title, string Commands);
