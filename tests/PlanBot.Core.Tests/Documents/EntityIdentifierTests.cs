using PlanBot.Core.Documents.Analysis;

namespace PlanBot.Core.Tests.Documents;

/// <summary>What counts as a table or field name: an ASCII identifier, <c>[A-Za-z_][A-Za-z0-9_]*</c>.</summary>
public sealed class EntityIdentifierTests
{
    [Theory]
    [InlineData("audit_events", true)]
    [InlineData("User", true)]
    [InlineData("_id2", true)]
    [InlineData("2fa", false)]
    [InlineData("a-b", false)]
    [InlineData("é", false)]
    [InlineData("", false)]
    public void A_name_is_one_identifier(string text, bool expected)
    {
        Assert.Equal(expected, EntityReader.IsIdentifier(text));
    }

    [Theory]
    [InlineData("`email` string, not null", "email")]
    [InlineData("* name: the display name", "name")]
    [InlineData("createdAt", "createdAt")]
    [InlineData("9lives int", null)]
    [InlineData("(id) uuid", null)]
    [InlineData("", null)]
    public void A_field_line_starts_with_its_name(string text, string? expected)
    {
        Assert.Equal(expected, EntityReader.LeadingIdentifier(text));
    }
}
