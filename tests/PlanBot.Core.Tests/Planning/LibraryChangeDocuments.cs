namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// A pair of our own for a different kind of project than the sample's new service: a change to an existing Go
/// library, with three requirements, no endpoints, no tables, and a dependency it must not add.
/// </summary>
internal static class LibraryChangeDocuments
{
    public const string Prd = """
        # PRD: tidekit retries

        ## Problem
        Services that call the harbour APIs through `tidekit` fail a whole batch when one call times out.

        ## Functional Requirements
        ### FR-001: Retry failed calls with backoff
        - A call that times out is retried up to three times, with exponential backoff and jitter
        - A call that fails with a 4xx status is never retried

        ### FR-002: Let callers configure retries
        - Callers set the number of attempts and the base delay through `tidekit.WithRetry`
        - The defaults keep today's behaviour for callers that set nothing

        ### FR-003: Report retries
        - Every retry increments the `tidekit_retries_total` counter with the call's operation name

        ## Non-Functional Requirements
        - NFR-001: The library must not require any new third-party module; only the standard library
        - NFR-002: A call that succeeds first time costs under 1 µs more than today
        """;

    public const string Trd = """
        # TRD: tidekit retries

        ## Architecture
        The change lives in the `transport` package: a `RoundTripper` wrapper decides whether to retry, sleeps with
        jitter and counts the attempt. No other package changes.

        ## Technology Stack
        - **Language**: Go 1.23, standard library only
        - Metrics through the existing `tidekit/metrics` registry

        ## Testing
        Table tests for the retry decision; a fake clock for the backoff; a benchmark for the first-time path.
        """;

    public const string Answers = """
        team.size: 2
        team.hours_per_week: 20 hours per person
        timeline.start_date: 2027-01-04
        """;
}
