namespace PlanBot.Core.Rendering.View;

/// <summary>
/// A demo scenario: <see cref="Commands"/> as written (inside a code block nothing renders), <see cref="Lines"/> the
/// same split for indenting, and a <see cref="Fence"/> longer than any backtick run in the commands.
/// </summary>
public sealed record DemoView(string Title, string Commands, IReadOnlyList<string> Lines, string Fence);
