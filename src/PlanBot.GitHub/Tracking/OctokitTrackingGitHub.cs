using System.Globalization;
using System.Net;
using Octokit;
using PlanBot.Core;
using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// <see cref="ITrackingGitHub"/> over the installation's Octokit client, whose pipeline paces writes and retries what
/// is safe to retry and whose response cache makes every re-read conditional. Sub-issues have no Octokit client, so
/// they go through its connection; issue patches use PlanBot's own bodies so that fields left null stay untouched.
/// </summary>
public sealed class OctokitTrackingGitHub(IGitHubInstallationClients clients, IPullRequestGitHub files) : ITrackingGitHub
{
    private static readonly ApiOptions FullPages = new() { PageSize = 100 };

    public async Task<ActualState> ReadStateAsync(RepositoryRef repository, string label, IReadOnlyCollection<int> knownIssues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(knownIssues);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var client = Client(repository);
        var api = new ApiConnection(client.Connection);
        var labels = await client.Issue.Labels.GetAllForRepository(repository.Owner, repository.Name, FullPages).ConfigureAwait(false);
        // Octokit's milestone request always sends a sort, "due_date", which GitHub's description does not allow (it
        // takes "due_on" or "completeness"); asked without one, GitHub sorts by due date.
        var milestones = await api.GetAll<Milestone>(
                ApiUrls.Milestones(repository.Owner, repository.Name),
                new Dictionary<string, string> { ["state"] = "all" },
                FullPages).ConfigureAwait(false);
        var issues = (await api.GetAll<IssueResource>(
                Endpoint(repository, "issues"),
                new Dictionary<string, string> { ["state"] = "all", ["labels"] = label },
                FullPages).ConfigureAwait(false))
            .Where(issue => issue.PullRequest is null)
            .ToDictionary(issue => issue.Number);
        foreach (var number in knownIssues.Where(number => !issues.ContainsKey(number)).Order())
        {
            if (await GetIssueAsync(api, repository, number).ConfigureAwait(false) is { PullRequest: null } issue)
            {
                issues[issue.Number] = issue;
            }
        }

        return new ActualState(
            labels.Select(item => item.Name).ToValueList(),
            milestones.Select(Milestone).ToValueList(),
            issues.Values.OrderBy(issue => issue.Number).Select(Issue).ToValueList(),
            await LinksAsync(api, repository, issues.Values).ConfigureAwait(false));
    }

    public async Task<RepositoryFile?> GetDefaultBranchFileAsync(RepositoryRef repository, string path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Repository details;
        using (GitHubCallCancellation.Flow(cancellationToken))
        {
            details = await Client(repository).Repository.Get(repository.Owner, repository.Name).ConfigureAwait(false);
        }

        return await files.GetFileAsync(repository, path, details.DefaultBranch, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateLabelAsync(RepositoryRef repository, DesiredLabel label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(label);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        await Client(repository).Issue.Labels
            .Create(repository.Owner, repository.Name, new NewLabel(label.Name, label.Color) { Description = label.Description })
            .ConfigureAwait(false);
    }

    public async Task<int> CreateMilestoneAsync(RepositoryRef repository, MilestoneDraft milestone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(milestone);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var created = await Client(repository).Issue.Milestone
            .Create(repository.Owner, repository.Name, new NewMilestone(milestone.Title) { Description = milestone.Description, DueOn = GitHubDueDate.ToDueOn(milestone.Due) })
            .ConfigureAwait(false);
        return created.Number;
    }

    public async Task UpdateMilestoneAsync(RepositoryRef repository, int number, MilestoneChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(change);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var patch = new MilestonePatch(change.Title, change.Description, change.Due is { } due ? GitHubDueDate.ToDueOn(due) : null, State(change.State));
        await Api(repository).Patch<Milestone>(Endpoint(repository, "milestones", number), patch).ConfigureAwait(false);
    }

    public async Task<IssueIds> CreateIssueAsync(RepositoryRef repository, IssueDraft issue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(issue);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var request = new NewIssue(issue.Title) { Body = issue.Body, Milestone = issue.Milestone };
        foreach (var label in issue.Labels)
        {
            request.Labels.Add(label);
        }

        var created = await Client(repository).Issue.Create(repository.Owner, repository.Name, request).ConfigureAwait(false);
        return new IssueIds(created.Number, created.Id);
    }

    public async Task UpdateIssueAsync(RepositoryRef repository, int number, IssueChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(change);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var patch = new IssuePatch(change.Title, change.Body, State(change.State), change.Labels, change.Milestone);
        await Api(repository).Patch<IssueResource>(Endpoint(repository, "issues", number), patch).ConfigureAwait(false);
    }

    public async Task CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        await Client(repository).Issue.Comment.Create(repository.Owner, repository.Name, issueNumber, body).ConfigureAwait(false);
    }

    public async Task<bool> HasCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var comments = await IssueCommentList.AllAsync(Client(repository), repository, issueNumber, FullPages).ConfigureAwait(false);
        return comments.Any(comment => comment.Body?.Contains(marker, StringComparison.Ordinal) == true);
    }

    public async Task AddSubIssueAsync(RepositoryRef repository, int parentNumber, long childDatabaseId, bool replaceParent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        await Api(repository)
            .Post<IssueResource>(Endpoint(repository, "issues", parentNumber, "sub_issues"), new SubIssueRequest(childDatabaseId, replaceParent), cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<IssueResource?> GetIssueAsync(ApiConnection api, RepositoryRef repository, int number)
    {
        try
        {
            return await api.Get<IssueResource>(Endpoint(repository, "issues", number)).ConfigureAwait(false);
        }
        catch (ApiException error) when (error.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.MovedPermanently)
        {
            // Deleted or transferred: no longer PlanBot's to track.
            return null;
        }
    }

    // The sub-issues of PlanBot's phase issues, and the parent of any issue that names one (an issue can hang under
    // an issue PlanBot does not own, which only the child's parent_issue_url tells).
    private static async Task<ValueList<SubIssueLink>> LinksAsync(ApiConnection api, RepositoryRef repository, IEnumerable<IssueResource> issues)
    {
        var links = new HashSet<SubIssueLink>();
        foreach (var issue in issues.OrderBy(issue => issue.Number))
        {
            if (ParentNumber(issue.ParentIssueUrl) is { } parent)
            {
                links.Add(new SubIssueLink(parent, issue.Number));
            }

            if (TrackingKey.Find(issue.Body) is { Kind: TrackingKind.Phase })
            {
                var children = await api.GetAll<IssueResource>(Endpoint(repository, "issues", issue.Number, "sub_issues"), FullPages).ConfigureAwait(false);
                links.UnionWith(children.Select(child => new SubIssueLink(issue.Number, child.Number)));
            }
        }

        return links.OrderBy(link => link.ChildNumber).ThenBy(link => link.ParentNumber).ToValueList();
    }

    private static int? ParentNumber(string? url)
    {
        var last = url?.TrimEnd('/').Split('/')[^1];
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static RemoteMilestone Milestone(Milestone milestone) => new(
        milestone.Number, milestone.Title, milestone.Description, milestone.DueOn, milestone.State.Value == ItemState.Closed ? RemoteState.Closed : RemoteState.Open);

    private static RemoteIssue Issue(IssueResource issue) => new(
        issue.Number,
        issue.Id,
        issue.Title,
        issue.Body,
        string.Equals(issue.State, "closed", StringComparison.OrdinalIgnoreCase) ? RemoteState.Closed : RemoteState.Open,
        issue.Labels.Select(label => label.Name).ToValueList(),
        issue.Milestone?.Number);

    private static string? State(RemoteState? state) => state switch
    {
        RemoteState.Open => "open",
        RemoteState.Closed => "closed",
        _ => null,
    };

    private static Uri Endpoint(RepositoryRef repository, params object[] segments) =>
        new(
            $"repos/{Uri.EscapeDataString(repository.Owner)}/{Uri.EscapeDataString(repository.Name)}/"
            + string.Join('/', segments.Select(segment => Uri.EscapeDataString(Convert.ToString(segment, CultureInfo.InvariantCulture)!))),
            UriKind.Relative);

    private IGitHubClient Client(RepositoryRef repository) => clients.ForInstallation(repository.InstallationId);

    private ApiConnection Api(RepositoryRef repository) => new(Client(repository).Connection);
}
