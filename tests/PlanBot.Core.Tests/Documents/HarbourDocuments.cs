namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// A pair of our own whose PRD gives no ids: bullets, a nested criterion, two requirements with the same title, a
/// non-functional section; the TRD has endpoints and a table.
/// </summary>
public static class HarbourDocuments
{
    public const string Prd = """
        # PRD: Harbour Berths

        ## Goals
        Skippers book a berth before they arrive.

        ## Functional Requirements
        - Book a berth for a date range
          - The booking shows the berth number and the price
        - Cancel a booking, with a refund when it is more than two days away
        - Show free berths on a map of the harbour
        - Book a berth for a date range

        ## Non-Functional Requirements
        - Pages load in under two seconds on a phone

        ## Out of Scope
        - Fuel sales
        """;

    public const string Trd = """
        # TRD: Harbour Berths

        ## API Specifications
        - GET /berths
        - POST /bookings
        - DELETE /bookings/{id}

        ## Database Design
        ```sql
        CREATE TABLE bookings (id uuid primary key, berth text, starts date, ends date);
        ```
        """;
}
