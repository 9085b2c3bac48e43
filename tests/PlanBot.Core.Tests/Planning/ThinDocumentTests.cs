using PlanBot.Core.Documents;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tests.Planning;

/// <summary>Documents with little in them still give a complete, honest plan.</summary>
public sealed class ThinDocumentTests
{
    [Fact]
    public void Documents_with_nothing_in_them_give_the_shortest_plan_and_say_why()
    {
        var plan = Plans.Build(PlanningDocuments.Thin, string.Empty);

        Assert.Equal("Notes", plan.Document.Title);
        // Only the work every plan carries (skeleton, load tests, hardening, launch): one week for the default team.
        Assert.Equal([1], plan.Document.Phases.Select(p => p.Weeks.Count));
        Assert.Empty(Plans.Weeks(plan).SelectMany(w => w.Demos));
        Assert.All(Plans.Weeks(plan), w => Assert.NotEmpty(w.AcceptanceCriteria));
        Assert.Contains(plan.Assumptions, a => a.Topic == "endpoints");
        Assert.Contains(plan.Assumptions, a => a.Topic == "performance targets");
        CalendarRulesTests.AssertCalendar(plan.Document);
    }

    [Fact]
    public void Without_requirements_the_user_stories_are_the_features()
    {
        var documents = PlanningDocuments.Thin with
        {
            Prd = PlanningDocuments.Thin.Prd with
            {
                Stories = new ValueList<UserStory>([new UserStory("US-01", "operator", "to upload a statement", null, 5), new UserStory(null, "controller", "a daily summary", "the books close", 9)]),
            },
        };

        var plan = Plans.Build(documents, string.Empty);

        Assert.NotEmpty(Plans.WeeksTracing(plan, "US-01"));
        Assert.NotEmpty(Plans.WeeksTracing(plan, "A daily summary"));
        Assert.Contains(Plans.Weeks(plan).SelectMany(w => w.Tasks), t => t == "Build the story: As a controller, I want a daily summary so that the books close, with unit and integration tests");
    }

    [Fact]
    public void A_title_without_the_document_prefix_names_the_plan()
    {
        Assert.Equal("Payments Reconciliation Plugin", Plans.Sample().Document.Title);
        Assert.Equal("Untitled product", Plans.Build(PlanningDocuments.Thin with { Prd = PlanningDocuments.Document(DocumentKind.Prd, "PRD") }, string.Empty).Document.Title);
    }
}
