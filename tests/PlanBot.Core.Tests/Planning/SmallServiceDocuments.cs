namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// A pair of our own for the smallest kind of new service the corpus shows: a link shortener with three requirements,
/// three endpoints, one table and a team of two. Its plan is a few weeks, not the standard's fifteen.
/// </summary>
internal static class SmallServiceDocuments
{
    public const string Prd = """
        # PRD: shortlink

        ## Problem
        The marketing team pastes long tracking URLs into messages with a character limit.

        ## Functional Requirements
        ### FR-001: Shorten a link
        - A valid http or https URL gets a seven-character code that is unique
        - An invalid URL is refused with a message that says why

        ### FR-002: Redirect a code
        - Opening a code redirects to its URL with status 301
        - An unknown code answers 404

        ### FR-003: Count clicks
        - Every redirect adds one to the code's click count
        - The owner of a link can read its clicks per day for the last 30 days

        ## Success Criteria
        - Half of the marketing team's messages use a short link within a month
        """;

    public const string Trd = """
        # TRD: shortlink

        ## Technology Stack
        - Backend: Go 1.23 with net/http
        - Database: PostgreSQL 16

        ## API Specifications
        - `POST /v1/links`: creates a short link
        - `GET /{code}`: redirects to the link's URL
        - `GET /v1/links/{code}/clicks`: clicks per day

        ## Data Model
        ### Table: links
        | Column | Type |
        |---|---|
        | code | char(7) primary key |
        | url | text |
        | created_at | timestamptz |
        | clicks | bigint |

        ## Performance
        - A redirect answers in under 50 ms at the 99th percentile
        """;

    public const string Answers = """
        team.size: 2 backend
        team.hours_per_week: 30 hours per person
        timeline.start_date: 2027-01-04
        """;
}
