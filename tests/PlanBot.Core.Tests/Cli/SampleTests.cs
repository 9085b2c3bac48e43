using System.Reflection;
using System.Text.RegularExpressions;
using PlanBot.Cli.Input;
using PlanBot.Core.Scoping;
using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>The sample is the newcomer's first contact: it must be complete and the copy inside the tool current.</summary>
public sealed partial class SampleTests
{
    [Theory]
    [InlineData("PRD.md")]
    [InlineData("TRD.md")]
    [InlineData("answers.yml")]
    public void The_bundled_copy_is_the_sample_folder(string file)
    {
        var bundled = file switch
        {
            "PRD.md" => BundledSample.Prd,
            "TRD.md" => BundledSample.Trd,
            _ => BundledSample.Answers,
        };

        Assert.Equal(File.ReadAllText(SamplePaths.SampleFile(file)), bundled.Text);
    }

    [Fact]
    public void Every_answer_uses_a_known_question_id_once()
    {
        var known = typeof(QuestionIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToHashSet(StringComparer.Ordinal);
        var ids = File.ReadAllLines(SamplePaths.SampleFile("answers.yml"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)])
            .ToArray();

        Assert.All(ids, id => Assert.Contains(id, known));
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(known.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("PRD.md", "Executive Summary|Problem Statement|Goals & Objectives|User Personas|User Stories|Functional Requirements|Non-Functional Requirements|User Experience|Scope|Assumptions|Dependencies|Risks|Timeline|Success Criteria")]
    [InlineData("TRD.md", "System Architecture|Technology Stack|Database Design|API Specifications|Core Engine|Performance|Security|Deployment|Monitoring")]
    public void Has_every_LerianStudio_section_in_order(string file, string sections)
    {
        var headings = File.ReadAllLines(SamplePaths.SampleFile(file))
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => NumberPrefix().Replace(line[3..], string.Empty))
            .ToArray();

        Assert.Equal(sections.Split('|'), headings);
    }

    [Fact]
    public void The_PRD_numbers_ten_functional_requirements()
    {
        var ids = FunctionalRequirementHeading().Matches(File.ReadAllText(SamplePaths.SampleFile("PRD.md")))
            .Select(m => m.Groups[1].Value)
            .ToArray();

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"FR-{i:000}"), ids);
    }

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^### (FR-\d{3}):", RegexOptions.Multiline)]
    private static partial Regex FunctionalRequirementHeading();
}
