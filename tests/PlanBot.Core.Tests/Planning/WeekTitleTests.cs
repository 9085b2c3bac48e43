using PlanBot.Core.Planning.Work;
using PlanBot.Core.Planning.Writing;

namespace PlanBot.Core.Tests.Planning;

/// <summary>A week's title says what ships: a requirement's title whole when it fits, else its first clause, and its id; never a cut sentence.</summary>
public sealed class WeekTitleTests
{
    [Theory]
    [InlineData("Ledger synchronisation with Midaz", "FR-002", "Ledger synchronisation with Midaz (FR-002)")]
    [InlineData("Menu bar presence via MenuBarExtra for always-available access and quick actions", "menu-bar", "Menu bar presence")]
    [InlineData("Global hotkey-activated translucent command bar using NSWindow customization with .ultraThinMaterial", "FR-1", "Global hotkey-activated translucent command bar (FR-1)")]
    [InlineData("Preferences: price range + organic toggle + Tesco Clubcard pricing and more", "US-03", "Preferences (US-03)")]
    [InlineData("Projection reads must remain efficient as completed runs accumulate over the years", "NFR-002", "Projection reads must remain efficient (NFR-002)")]
    [InlineData("Disponibilizar chave de verificação para consumidores externos do serviço", "FR-008", "Disponibilizar chave de verificação (FR-008)")]
    public void A_requirement_is_named_by_what_ships(string title, string trace, string expected)
    {
        Assert.Equal(expected, WeekTitles.Of(Item(WorkKind.Feature, title, trace)));
    }

    [Fact]
    public void PlanBots_own_items_keep_their_names()
    {
        Assert.Equal("Library set-up: public API and compatibility", WeekTitles.Of(Item(WorkKind.Foundation, "Library set-up: public API and compatibility", "TRD § Architecture")));
    }

    private static WorkItem Item(WorkKind kind, string title, string trace) => new()
    {
        Key = "item",
        Kind = kind,
        Stage = Stage.MustHave,
        Phase = null,
        Name = title.Length > 60 ? title[..59] + "…" : title,
        Hours = 1,
        Tasks = [],
        Deliverables = [],
        Criteria = [],
        Demos = [],
        Traces = [trace],
        RequirementKeys = [],
        DependsOn = [],
        Trigger = new WorkTrigger("PRD line 1", title),
    };
}
