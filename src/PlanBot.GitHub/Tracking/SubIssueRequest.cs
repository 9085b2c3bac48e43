namespace PlanBot.GitHub.Tracking;

/// <summary>The body of <c>POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues</c> (<c>sub_issue_id</c>, <c>replace_parent</c>).</summary>
public sealed record SubIssueRequest(long SubIssueId, bool ReplaceParent);
