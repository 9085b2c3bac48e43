namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The work in the order the standard's phases take it: phase 1 holds <see cref="Foundation"/>, phase 2
/// <see cref="Integration"/>, phase 3 <see cref="Hardening"/>, phase 4 <see cref="NiceToHave"/> then <see cref="Launch"/>. <see cref="MustHave"/> flows from phase 1 into phase 2 (and
/// phase 3 when phase 2 is full), so must-haves always come before nice-to-haves.
/// </summary>
internal sealed record WorkPlan(
    IReadOnlyList<WorkItem> Foundation,
    IReadOnlyList<WorkItem> MustHave,
    IReadOnlyList<WorkItem> Integration,
    IReadOnlyList<WorkItem> Hardening,
    IReadOnlyList<WorkItem> NiceToHave,
    IReadOnlyList<WorkItem> Launch)
{
    public IEnumerable<WorkItem> All => Foundation.Concat(MustHave).Concat(Integration).Concat(Hardening).Concat(NiceToHave).Concat(Launch);

    public WorkPlan Without(IReadOnlySet<WorkItem> cut) => this with
    {
        MustHave = MustHave.Where(i => !cut.Contains(i)).ToList(),
        NiceToHave = NiceToHave.Where(i => !cut.Contains(i)).ToList(),
    };
}
