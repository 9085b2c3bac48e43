namespace PlanBot.Core.Planning.Reading;

/// <summary>A phase or week heading: <c>Phase 2: Core ledger (2027-01-25 → 2027-02-12)</c>. <see cref="Dates"/> is null when not written.</summary>
internal readonly record struct PlanHeading(int Number, string Name, DateRange? Dates);
