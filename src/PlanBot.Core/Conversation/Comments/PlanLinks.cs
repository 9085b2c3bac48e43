namespace PlanBot.Core.Conversation.Comments;

/// <summary>Web links to what PlanBot wrote, from the repository's web address (GitHub Enterprise has its own host).</summary>
public static class PlanLinks
{
    /// <summary>The plan file at the commit PlanBot made, or on its branch when the commit is not known.</summary>
    public static string File(string repositoryUrl, CommittedPlan plan) =>
        $"{repositoryUrl.TrimEnd('/')}/blob/{Uri.EscapeDataString(plan.CommitSha ?? plan.Branch).Replace("%2F", "/", StringComparison.Ordinal)}/{plan.Path}";
}
