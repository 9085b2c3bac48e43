using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// The data stores the project owns, and so designs, migrates, tunes and backs up. A new service and an app own the
/// stores they name (they create them); a library, a tool or a change to an existing service uses the stores it names
/// as they are, unless the TRD defines tables, which live in its main store.
/// </summary>
internal static class OwnedStores
{
    public static IReadOnlyList<Sourced<Integration>> Of(PlanInputs inputs)
    {
        var stores = inputs.Integrations.Where(i => i.Value.Kind == IntegrationKind.DataStore).ToList();
        if (inputs.Kind.Kind is ProjectKind.NewService or ProjectKind.App)
        {
            return stores;
        }

        return inputs.Tables.Count > 0 && Main(stores) is { } main ? [main] : [];
    }

    /// <summary>The store the tables live in: the first relational one, or else the first that is not only a cache.</summary>
    public static Sourced<Integration>? Main(IReadOnlyList<Sourced<Integration>> stores) =>
        stores.FirstOrDefault(s => IntegrationItems.IsRelational(s.Value.Name)) ?? stores.FirstOrDefault(s => !IntegrationItems.IsCache(s.Value.Name));
}
