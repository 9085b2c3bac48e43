using System.Text.Json;
using PlanBot.Core;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
using PlanBot.Core.Tests;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Storage;

/// <summary>
/// Rows and queue messages are written with contracts generated at build time: every list a stored value can hold
/// must have its items' contract, or the ahead-of-time compiled <c>planbot serve</c> fails on the first one that has items.
/// </summary>
public sealed class StorageJsonTests
{
    [Fact]
    public void Every_kind_of_list_item_a_stored_value_can_hold_has_a_generated_contract()
    {
        var itemTypes = JsonContracts.ListItemTypes(typeof(PlanningSession), typeof(WebhookMessage), typeof(Publication), typeof(RunCheckpoint), typeof(TrackingBurst));

        Assert.True(itemTypes.Count > 5, string.Join(", ", itemTypes.Select(t => t.Name)));
        var missing = itemTypes.Where(t => !StorageJson.Options.TryGetTypeInfo(t, out _)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "no generated contract for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void A_session_with_every_part_filled_reads_back_equal()
    {
        var session = SessionSamples.Full(new SessionKey(7, "acme", "payments", 5));

        var text = JsonSerializer.Serialize(session, StorageJson.Options.Contract<PlanningSession>());

        Assert.Equal(session, JsonSerializer.Deserialize(text, StorageJson.Options.Contract<PlanningSession>()));
    }
}
