namespace PlanBot.Core.Planning.Reading;

/// <summary>A demo being read: its title and the code blocks under it so far.</summary>
internal sealed class DemoDraft(string title)
{
    private readonly List<string> blocks = [];

    public bool HasCommands => blocks.Count > 0;

    public void AddCommands(string code) => blocks.Add(code);

    public DemoScenario ToDemo() => new(title, string.Join('\n', blocks));
}
