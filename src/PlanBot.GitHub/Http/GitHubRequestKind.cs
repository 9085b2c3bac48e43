namespace PlanBot.GitHub.Http;

/// <summary>What a request does to GitHub, for pacing and for deciding whether a failed one may be sent again.</summary>
public static class GitHubRequestKind
{
    /// <summary>POST, PATCH, PUT and DELETE: what GitHub counts as content-creating.</summary>
    public static bool IsWrite(HttpMethod method) =>
        method == HttpMethod.Post || method == HttpMethod.Patch || method == HttpMethod.Put || method == HttpMethod.Delete;

    /// <summary>
    /// Whether sending the request again after a 5xx or a timeout (GitHub may have acted on it) can neither duplicate an
    /// effect nor misreport one. Reads; PATCH and DELETE, which set a state; a status (the last per context wins), a
    /// reaction (GitHub returns the existing one) and an installation token (a spare token is harmless). Not a created
    /// comment, issue, pull request, ref, milestone, label or sub-issue (a second copy), and not a contents PUT: its blob
    /// sha check would answer 409 to our own successful write, which looks like someone else's edit.
    /// </summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Patch || request.Method == HttpMethod.Delete)
        {
            return true;
        }

        if (request.Method == HttpMethod.Put)
        {
            return !path.Contains("/contents/", StringComparison.Ordinal);
        }

        return request.Method == HttpMethod.Post
            && (path.Contains("/statuses/", StringComparison.Ordinal)
                || path.EndsWith("/reactions", StringComparison.Ordinal)
                || path.EndsWith("/access_tokens", StringComparison.Ordinal));
    }
}
