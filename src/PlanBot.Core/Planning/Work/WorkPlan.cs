namespace PlanBot.Core.Planning.Work;

/// <summary>The work the documents and answers ask for, stage by stage (the order of <see cref="Stage"/>).</summary>
internal sealed record WorkPlan(IReadOnlyList<WorkItem> Items)
{
    public IReadOnlyList<WorkItem> Of(Stage stage) => Items.Where(i => i.Stage == stage).ToList();

    public WorkPlan Without(IReadOnlySet<WorkItem> cut) => new(Items.Where(i => !cut.Contains(i)).ToList());
}
