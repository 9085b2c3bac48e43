namespace PlanBot.Core.Documents.Analysis;

/// <summary>The parts of a user story; <see cref="Start"/> is where the story begins in the text it was read from.</summary>
internal readonly record struct StoryParts(string Role, string Goal, string? Benefit, int Start);
