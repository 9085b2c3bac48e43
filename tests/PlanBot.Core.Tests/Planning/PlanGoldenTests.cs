using PlanBot.Core.Documents;
using PlanBot.Core.Tests.Scoping;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// Whole plans compared with reviewed files, one per kind of project: the sample's new service is covered by the
/// command line's golden plan; here a change to an existing library, a three-requirement service for two people, and
/// documents with nothing in them.
/// </summary>
public sealed class PlanGoldenTests
{
    [Fact]
    public void Library_change_plan() =>
        GoldenFile.AssertMatches("library-change-plan.md", Plans.Render(Plans.Build(new DocumentAnalyzer().Analyze(LibraryChangeDocuments.Prd, LibraryChangeDocuments.Trd), LibraryChangeDocuments.Answers)));

    [Fact]
    public void Small_service_plan() =>
        GoldenFile.AssertMatches("small-service-plan.md", Plans.Render(Plans.Build(new DocumentAnalyzer().Analyze(SmallServiceDocuments.Prd, SmallServiceDocuments.Trd), SmallServiceDocuments.Answers)));

    [Fact]
    public void Thin_plan() => GoldenFile.AssertMatches("thin-plan.md", Plans.Render(Plans.Build(PlanningDocuments.Thin, string.Empty)));
}
