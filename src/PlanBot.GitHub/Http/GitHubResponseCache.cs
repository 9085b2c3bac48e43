using System.Net;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace PlanBot.GitHub.Http;

/// <summary>
/// What makes re-reads conditional: Octokit's caching client sends the ETag of the last answer to the same GET as
/// <c>If-None-Match</c>, and GitHub's 304 — which does not count against the rate limit — is answered from here. Only
/// 200s that carry an ETag are kept, up to <c>maxChars</c> of bodies; the least recently used go first.
/// </summary>
public sealed class GitHubResponseCache(long maxChars) : IResponseCache
{
    /// <summary>Room for the largest re-read PlanBot does (a plan's issues, a few pages of 100) many times over.</summary>
    public const long DefaultMaxChars = 4 * 1024 * 1024;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedResponse.V1 Response, long Size)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedResponse.V1 Response, long Size)> recency = new();
    private long size;

    public Task<CachedResponse.V1> GetAsync(IRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            if (!entries.TryGetValue(Key(request), out var node))
            {
                // Octokit's interface predates nullable annotations: null is how it means "not cached".
                return Task.FromResult<CachedResponse.V1>(null!);
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return Task.FromResult(node.Value.Response);
        }
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cachedResponse);
        var entrySize = cachedResponse.Body switch
        {
            string text => text.Length,
            byte[] bytes => bytes.Length,
            _ => -1,
        };
        if (cachedResponse.StatusCode != HttpStatusCode.OK || string.IsNullOrEmpty(cachedResponse.ApiInfo?.Etag) || entrySize < 0 || entrySize > maxChars)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            var key = Key(request);
            if (entries.Remove(key, out var old))
            {
                recency.Remove(old);
                size -= old.Value.Size;
            }

            entries[key] = recency.AddFirst((key, cachedResponse, entrySize));
            size += entrySize;
            while (size > maxChars && recency.Last is { } oldest)
            {
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
                size -= oldest.Value.Size;
            }
        }

        return Task.CompletedTask;
    }

    // The endpoint carries the query; the media type changes the answer's shape.
    private static string Key(IRequest request) =>
        $"{request.BaseAddress}{request.Endpoint}|{(request.Headers.TryGetValue("Accept", out var accept) ? accept : string.Empty)}";
}
