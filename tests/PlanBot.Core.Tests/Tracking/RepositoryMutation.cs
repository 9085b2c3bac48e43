namespace PlanBot.Core.Tests.Tracking;

/// <summary>
/// What happened to a published plan before the next run, drawn at random: per issue (by index) keep, tick all,
/// tick the first box, close or delete; issues PlanBot does not own; sub-issue links removed; due dates returned
/// in another form (hours off GitHub's Pacific midnight).
/// </summary>
internal sealed record RepositoryMutation(int[] IssueModes, string[] ForeignBodies, bool[] Unlinks, int DueShiftHours);
