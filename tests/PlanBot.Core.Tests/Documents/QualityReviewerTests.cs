using PlanBot.Cli;
using PlanBot.Core.Documents;
using PlanBot.Core.Tests.Cli;
using Xunit;

namespace PlanBot.Core.Tests.Documents;

public sealed class QualityReviewerTests
{
    private readonly QualityReviewer reviewer = new();

    [Fact]
    public void Documents_that_follow_the_structures_have_no_findings()
    {
        Assert.Empty(reviewer.Review(ReviewDocuments.Complete));
    }

    [Fact]
    public void Empty_documents_get_one_finding_per_problem_not_one_per_missing_section()
    {
        var findings = reviewer.Review(new DocumentSet(ReviewDocuments.Empty(DocumentKind.Prd), ReviewDocuments.Empty(DocumentKind.Trd)));

        Assert.Equal(
            new[]
            {
                (DocumentKind.Prd, "PRD001", FindingSeverity.Warning, 0),
                (DocumentKind.Prd, "PRD002", FindingSeverity.Warning, 0),
                (DocumentKind.Prd, "PRD003", FindingSeverity.Warning, 0),
                (DocumentKind.Trd, "TRD001", FindingSeverity.Warning, 0),
                (DocumentKind.Trd, "TRD002", FindingSeverity.Warning, 0),
            },
            findings.Select(f => (f.Document, f.Code, f.Severity, f.Line)));
        // The sections a content finding already explains are not listed again.
        Assert.Contains("User Stories, Non-Functional Requirements, User Experience", findings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Success Criteria", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("12 of the 14", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("8 of the 9", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sections_are_listed_in_one_finding_in_the_standards_order()
    {
        var prd = ReviewDocuments.Prd with
        {
            Sections = ReviewDocuments.Sections([SectionRole.FunctionalRequirements, SectionRole.ExecutiveSummary, SectionRole.SuccessCriteria, SectionRole.Goals, SectionRole.Risks, SectionRole.UserStories, SectionRole.Scope, SectionRole.Timeline, SectionRole.Dependencies, SectionRole.Assumptions, SectionRole.UserExperience]),
        };

        var finding = Assert.Single(reviewer.Review(ReviewDocuments.Complete with { Prd = prd }));

        Assert.Equal(
            new QualityFinding(
                DocumentKind.Prd,
                QualityCodes.PrdMissingSections,
                FindingSeverity.Warning,
                0,
                "The PRD has no Problem Statement, User Personas or Non-Functional Requirements sections (3 of the 14 in the LerianStudio PRD structure). Add them, or reword the headings so they can be recognised."),
            finding);
    }

    [Fact]
    public void A_section_without_content_is_pointed_at()
    {
        var set = ReviewDocuments.Complete with
        {
            Prd = ReviewDocuments.Prd with { SuccessCriteria = ValueList<DocumentItem>.Empty, Requirements = ValueList<Requirement>.Empty, PerformanceTargets = ValueList<PerformanceTarget>.Empty },
            Trd = ReviewDocuments.Trd with { PerformanceTargets = ValueList<PerformanceTarget>.Empty },
        };

        var findings = reviewer.Review(set);

        Assert.Equal(
            new[] { ("PRD002", 60), ("PRD003", 140), ("TRD002", 60) },
            findings.Select(f => (f.Code, f.Line)));
        Assert.StartsWith("The Success Criteria section has no criterion", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Success_criteria_or_a_target_in_either_document_is_enough()
    {
        var set = ReviewDocuments.Complete with
        {
            Prd = ReviewDocuments.Prd with { SuccessCriteria = ValueList<DocumentItem>.Empty, PerformanceTargets = ValueList<PerformanceTarget>.Empty },
            Trd = ReviewDocuments.Trd with { SuccessCriteria = new[] { new DocumentItem("Reports match the ledger", 90) } },
        };

        Assert.Empty(reviewer.Review(set));
    }

    [Fact]
    public void A_few_requirements_without_acceptance_criteria_or_priority_get_a_finding_each_on_their_line()
    {
        var prd = ReviewDocuments.Prd with
        {
            Requirements = new[]
            {
                ReviewDocuments.Functional("FR-001", "Import bank statements", 100),
                ReviewDocuments.Functional("FR-002", "Match lines", 110) with { AcceptanceCriteria = ValueList<string>.Empty },
                ReviewDocuments.Functional("FR-003", "Export reports", 120) with { Priority = Priority.Unspecified },
                new Requirement("NFR-001", "Encrypt data at rest", RequirementKind.NonFunctional, Priority.Unspecified, 200, ValueList<string>.Empty),
            },
        };

        var findings = reviewer.Review(ReviewDocuments.Complete with { Prd = prd });

        Assert.Equal(
            new[]
            {
                new QualityFinding(DocumentKind.Prd, "PRD004", FindingSeverity.Warning, 110, "FR-002 \"Match lines\" has no acceptance criteria: add testable criteria so the plan can turn them into checkboxes for the week that delivers it."),
                new QualityFinding(DocumentKind.Prd, "PRD005", FindingSeverity.Warning, 120, "FR-003 \"Export reports\" has no priority: mark it P0–P2 or Must/Should/Could have, so must-haves are planned before nice-to-haves."),
            },
            findings);
    }

    [Fact]
    public void Many_requirements_with_the_same_problem_get_one_finding_that_lists_them()
    {
        var requirements = Enumerable.Range(1, 40)
            .Select(i => ReviewDocuments.Functional($"FR-{i:000}", $"Feature {i}", 1000 - i) with { AcceptanceCriteria = ValueList<string>.Empty })
            .ToValueList();

        var findings = reviewer.Review(ReviewDocuments.Complete with { Prd = ReviewDocuments.Prd with { Requirements = requirements } });

        var finding = Assert.Single(findings, f => f.Code == QualityCodes.PrdNoAcceptanceCriteria);
        Assert.Equal(960, finding.Line);
        Assert.Equal(
            "40 functional requirements have no acceptance criteria: FR-040 (line 960), FR-039 (line 961), FR-038 (line 962), FR-037 (line 963), FR-036 (line 964) and 35 more. Add testable criteria under each so the plan can turn them into checkboxes.",
            finding.Message);
    }

    [Fact]
    public void Lists_name_requirements_without_an_id_by_their_line()
    {
        var requirements = Enumerable.Range(1, 6)
            .Select(i => ReviewDocuments.Functional(null, $"Statement feature {i}", i) with { Priority = Priority.Unspecified })
            .ToValueList();

        var findings = reviewer.Review(ReviewDocuments.Complete with { Prd = ReviewDocuments.Prd with { Requirements = requirements } });

        Assert.Equal(
            "6 functional requirements have no priority: line 1, line 2, line 3, line 4, line 5 and 1 more. Mark each P0–P2 or Must/Should/Could have, so must-haves are planned before nice-to-haves.",
            Assert.Single(findings, f => f.Code == QualityCodes.PrdNoPriority).Message);
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_line_of_its_second_use()
    {
        var prd = ReviewDocuments.Prd with
        {
            Requirements = ReviewDocuments.Prd.Requirements
                .Append(ReviewDocuments.Functional("fr-002", "Match again", 150))
                .Append(ReviewDocuments.Functional(null, "Requirements without ids never clash", 160))
                .Append(ReviewDocuments.Functional(null, "Requirements without ids never clash", 160))
                .ToValueList(),
        };

        var findings = reviewer.Review(ReviewDocuments.Complete with { Prd = prd });

        var duplicate = Assert.Single(findings, f => f.Code == QualityCodes.PrdDuplicateId);
        Assert.Equal(150, duplicate.Line);
        Assert.Equal("fr-002 is used again here (first at line 110): give each requirement its own id, so issues and the traceability matrix point at one requirement.", duplicate.Message);
    }

    [Fact]
    public void Requirements_that_wait_for_each_other_are_reported_once_on_the_first_of_them()
    {
        var prd = ReviewDocuments.Prd with
        {
            Requirements = ReviewDocuments.Prd.Requirements
                .Append(ReviewDocuments.Functional("FR-020", "Export reports", 150) with { DependsOn = new[] { "FR-21" }.ToValueList() })
                .Append(ReviewDocuments.Functional("FR-021", "Schedule reports; depends on FR-020", 160))
                .Append(ReviewDocuments.Functional("FR-022", "Archive reports; requires FR-020", 170))
                .ToValueList(),
        };

        var found = reviewer.Review(ReviewDocuments.Complete with { Prd = prd });
        var cycle = Assert.Single(found, f => f.Code == QualityCodes.PrdDependencyCycle);

        Assert.Equal(150, cycle.Line);
        Assert.StartsWith("FR-020 → FR-021 → FR-020: these requirements wait for each other", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_in_the_trd_have_their_own_code()
    {
        var trd = ReviewDocuments.Trd with { Requirements = new[] { ReviewDocuments.Functional("C-1", "Reader", 20), ReviewDocuments.Functional("C-1", "Writer", 30) } };

        var finding = Assert.Single(reviewer.Review(ReviewDocuments.Complete with { Trd = trd }));

        Assert.Equal((DocumentKind.Trd, "TRD004", 30), (finding.Document, finding.Code, finding.Line));
    }

    [Fact]
    public void Requirements_without_ids_are_information_on_the_first_ones_line()
    {
        var prd = ReviewDocuments.Prd with
        {
            Requirements = ReviewDocuments.Prd.Requirements
                .Append(ReviewDocuments.Functional(null, "Notify operators of new exceptions", 130))
                .Append(ReviewDocuments.Functional(null, "Archive old statements", 131))
                .ToValueList(),
        };

        var finding = Assert.Single(reviewer.Review(ReviewDocuments.Complete with { Prd = prd }));

        Assert.Equal(
            new QualityFinding(DocumentKind.Prd, "PRD007", FindingSeverity.Info, 130, "2 requirements have no id, starting with \"Notify operators of new exceptions\": ids like FR-001 let the plan, its issues and the traceability matrix name them."),
            finding);
    }

    [Theory]
    [InlineData("DELETE", "/v1/statements/{id}", "Archive old files", true)] // resource named by FR-001 ("statements")
    [InlineData("GET", "/v1/ledger-entries", "Ledger entries", true)] // "entries" ~ FR-002's "entries"
    [InlineData("POST", "/v1/recon/runs", "Runs", true)] // the start of FR-003's "reconciliation"
    [InlineData("POST", "/v1/rec", "Runs", false)] // too short to count as the start of a word
    [InlineData("POST", "/v1/webhooks", "Webhook subscriptions", false)]
    [InlineData("POST", "/v1/webhooks", "Webhooks (FR-003)", true)] // the section names a PRD requirement
    [InlineData("GET", "/readyz", "Operations", true)]
    [InlineData("GET", "/v2/api/metrics", "Operations", true)]
    [InlineData("PUT", "/v1/tenants/:tenantId/settings", "Tenancy", false)]
    public void Endpoints_are_traced_through_requirement_words_or_their_section(string method, string path, string section, bool traced)
    {
        var trd = ReviewDocuments.Trd with
        {
            Sections = ReviewDocuments.Trd.Sections.Append(new DocumentSection(section, 3, 500, SectionRole.ApiSpecifications)).ToValueList(),
            Endpoints = new[] { new ApiEndpoint(method, path, 501) },
        };

        var findings = reviewer.Review(ReviewDocuments.Complete with { Trd = trd });

        Assert.Equal(traced ? [] : new[] { (DocumentKind.Trd, "TRD003", FindingSeverity.Info, 501) }, findings.Select(f => (f.Document, f.Code, f.Severity, f.Line)));
    }

    [Fact]
    public void An_endpoint_named_in_acceptance_criteria_is_traced()
    {
        var prd = ReviewDocuments.Prd with
        {
            Requirements = new[] { ReviewDocuments.Functional("FR-001", "Onboarding", 100) with { AcceptanceCriteria = new[] { "POST /v1/zz-tokens answers 201" } } },
        };
        var trd = ReviewDocuments.Trd with { Endpoints = new[] { new ApiEndpoint("POST", "/v1/zz-tokens", 40) } };

        Assert.Empty(reviewer.Review(new DocumentSet(prd, trd)));
    }

    [Fact]
    public void Endpoints_are_not_traced_when_the_prd_has_no_requirements_to_trace_to()
    {
        var set = ReviewDocuments.Complete with { Prd = ReviewDocuments.Prd with { Requirements = ValueList<Requirement>.Empty } };

        Assert.Equal(new[] { "PRD002" }, reviewer.Review(set).Select(f => f.Code));
    }

    [Fact]
    public void Findings_are_sorted_by_document_line_and_code_whatever_the_input_order()
    {
        var requirements = new[]
        {
            ReviewDocuments.Functional("FR-009", "Nine", 90) with { AcceptanceCriteria = ValueList<string>.Empty, Priority = Priority.Unspecified },
            ReviewDocuments.Functional("FR-001", "One", 10) with { Priority = Priority.Unspecified },
        };
        var set = new DocumentSet(
            ReviewDocuments.Prd with { Requirements = requirements, Sections = ValueList<DocumentSection>.Empty },
            ReviewDocuments.Trd with { Endpoints = new[] { new ApiEndpoint("GET", "/v1/zebras", 7) } });
        var reversed = set with { Prd = set.Prd with { Requirements = requirements.Reverse().ToValueList() } };

        var findings = reviewer.Review(set);

        Assert.Equal(
            new[] { ("PRD001", 0), ("PRD005", 10), ("PRD004", 90), ("PRD005", 90), ("TRD003", 7) },
            findings.Select(f => (f.Code, f.Line)));
        Assert.Equal(findings, reviewer.Review(reversed));
    }

    [Fact]
    public async Task The_lint_command_prints_the_reviewers_findings_one_per_line()
    {
        var engine = new FakeEngine { Findings = reviewer.Review(HandMadeDocuments.Set) };
        using var temp = new TempFolder();
        var prd = temp.Write("docs/PRD.md", "# PRD\n");
        var trd = temp.Write("docs/TRD.md", "# TRD\n");

        var result = await CliRunner.RunAsync(engine, "lint", Path.GetDirectoryName(prd)!, "--strict");

        var expected = engine.Findings.Select(f =>
            $"{(f.Document == DocumentKind.Prd ? prd : trd)}{(f.Line > 0 ? $":{f.Line}" : string.Empty)}: {(f.Severity == FindingSeverity.Warning ? "warning" : "info")} {f.Code}: {f.Message}");
        Assert.Equal(string.Concat(expected.Select(line => line + "\n")), result.Out);
        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains(engine.Findings, f => f.Code == QualityCodes.PrdMissingSections);
    }
}
