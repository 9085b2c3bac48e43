using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Planning;

/// <summary>The whole plan for the hand-made reconciliation documents and answers, compared with a reviewed file.</summary>
public sealed class PlanGoldenTests
{
    [Fact]
    public void Reconciliation_plan() => GoldenFile.AssertMatches("reconciliation-plan.md", Plans.Render(Plans.Sample()));

    [Fact]
    public void Thin_plan() => GoldenFile.AssertMatches("thin-plan.md", Plans.Render(Plans.Build(PlanningDocuments.Thin, string.Empty)));
}
