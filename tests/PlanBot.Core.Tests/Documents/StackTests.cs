using PlanBot.Core.Documents;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Tests.Documents;

/// <summary>The stack the TRD states is read, and the experience question asks about it rather than about a stack the product does not use.</summary>
public sealed class StackTests
{
    private const string Trd = """
        ---
        tech_stack:
          primary: TypeScript
        ---
        # TRD: Parcel Lockers

        ## Technology Stack
        | Layer | Choice |
        |-------|--------|
        | Web | Next.js 15 on Vercel |
        | API | Express |

        ## Architecture
        - **Backend**: Go workers for the locker fleet
        Lockers go offline at night; we do not use Kubernetes.
        """;

    [Fact]
    public void The_stack_is_read_from_its_section_labelled_lines_and_front_matter_and_exclusions_are_left_out()
    {
        var trd = new DocumentAnalyzer().Analyze(Trd, DocumentKind.Trd);

        Assert.Equal(["TypeScript Language", "Next.js Framework", "Vercel Hosting", "Express Framework", "Go Language"], trd.Stack.Select(t => $"{t.Name} {t.Kind}"));
    }

    [Fact]
    public void The_experience_question_names_the_languages_and_frameworks_of_the_stack()
    {
        var questions = new QuestionnaireBuilder().Build(new DocumentAnalyzer().Analyze("# PRD: Parcel Lockers\n", Trd));

        Assert.Equal("How experienced is the team with TypeScript, Next.js, Express and Go?", questions.Find(QuestionIds.TeamExperience)!.Prompt);
    }
}
