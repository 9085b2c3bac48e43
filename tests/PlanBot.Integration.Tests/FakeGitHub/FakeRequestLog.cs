namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>Every request the fake answered, in order, with counts for the tests.</summary>
public sealed class FakeRequestLog
{
    private readonly Lock gate = new();
    private readonly List<FakeRequest> requests = [];

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Content-creating requests (POST, PATCH, PUT, DELETE) to repositories: what GitHub's write limits count.</summary>
    public int Writes => Requests.Count(request => request.IsWrite && request.Path.StartsWith("/repos/", StringComparison.Ordinal));

    public void Add(FakeRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }

    public IEnumerable<FakeRequest> Matching(string method, string pathPrefix) =>
        Requests.Where(request => request.Method == method && request.Path.StartsWith(pathPrefix, StringComparison.Ordinal));
}
