using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Tests.Planning;

/// <summary>How a phase goal shortens its requirement ids: runs of three or more consecutive numbers become a range.</summary>
public sealed class ProseIdsTests
{
    [Theory]
    [InlineData("FR-001 FR-002 FR-003 FR-005", "FR-001–FR-003 and FR-005")]
    [InlineData("FR-001 FR-002 FR-004", "FR-001, FR-002 and FR-004")]
    [InlineData("US1 US2 US3 US4", "US1–US4")]
    [InlineData("FR-9 FR-10 FR-11", "FR-9, FR-10 and FR-11")]
    [InlineData("FR-1 NFR-2 NFR-3", "FR-1, NFR-2 and NFR-3")]
    [InlineData("PRL-13a PRL-13b PRL-13c", "PRL-13a, PRL-13b and PRL-13c")]
    [InlineData("ID-1234567890 ID-1234567891 ID-1234567892", "ID-1234567890–ID-1234567892")]
    [InlineData("A1 A2 A3 Requirement", "A1–A3 and Requirement")]
    public void Consecutive_ids_become_a_range(string ids, string expected)
    {
        Assert.Equal(expected, Prose.Ids(ids.Split(' ')));
    }
}
