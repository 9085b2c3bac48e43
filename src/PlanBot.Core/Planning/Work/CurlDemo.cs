using System.Text;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// <c>curl</c> demo scenarios for endpoints taken from the TRD, never invented ones. Path parameters become shell
/// variables named after the resource (<c>/v1/statements/{id}</c> → <c>$STATEMENT_ID</c>); characters a shell would
/// interpret are dropped from the path.
/// </summary>
internal static class CurlDemo
{
    public const string BaseUrl = "http://localhost:8080";

    private static readonly HashSet<string> BodyMethods = new(StringComparer.Ordinal) { "POST", "PUT", "PATCH" };

    public static DemoScenario For(ApiEndpoint endpoint, string purpose, bool authenticated)
    {
        var method = Method(endpoint.Method);
        var url = BaseUrl + ShellPath(endpoint.Path);
        var lines = new List<string> { method == "GET" ? $"curl \"{url}\"" : $"curl -X {method} \"{url}\"" };
        if (authenticated)
        {
            lines.Add("-H \"Authorization: Bearer $TOKEN\"");
        }

        if (BodyMethods.Contains(method))
        {
            lines.Add("-H \"Content-Type: application/json\"");
            lines.Add($"-d @{Resource(endpoint.Path)}.json");
        }

        return new DemoScenario($"{purpose}: {method} {endpoint.Path.Trim()}", string.Join(" \\\n  ", lines));
    }

    /// <summary>A latency check against a read endpoint: the time of one request, repeated.</summary>
    public static DemoScenario Timing(ApiEndpoint endpoint, bool authenticated)
    {
        var url = BaseUrl + ShellPath(endpoint.Path);
        var auth = authenticated ? " -H \"Authorization: Bearer $TOKEN\"" : string.Empty;
        var command = $"for i in $(seq 1 100); do\n  curl -s -o /dev/null -w '%{{time_total}}\\n'{auth} \"{url}\"\ndone | sort -n | tail -1";
        return new DemoScenario($"Slowest of 100 requests: GET {endpoint.Path.Trim()}", command);
    }

    public static bool IsRead(ApiEndpoint endpoint) => Method(endpoint.Method) == "GET";

    private static string Method(string method)
    {
        var upper = method.Trim().ToUpperInvariant();
        return upper.Length > 0 && upper.All(char.IsAsciiLetterUpper) ? upper : "GET";
    }

    private static string ShellPath(string path)
    {
        var text = new StringBuilder();
        var query = path.IndexOfAny(['?', '#']);
        var segments = (query >= 0 ? path[..query] : path).Trim().Split('/');
        var previous = string.Empty;
        foreach (var segment in segments.Where(s => s.Length > 0))
        {
            var parameter = Parameter(segment);
            text.Append('/').Append(parameter is null ? Safe(segment) : "$" + Variable(parameter, previous));
            if (parameter is null)
            {
                previous = Safe(segment);
            }
        }

        return text.Length == 0 ? "/" : text.ToString();
    }

    private static string? Parameter(string segment) => segment switch
    {
        ['{', .. var name, '}'] => name,
        [':', .. var name] when name.Length > 0 => name,
        _ => null,
    };

    /// <summary><c>{id}</c> after <c>statements</c> is <c>STATEMENT_ID</c>; <c>{accountId}</c> is <c>ACCOUNT_ID</c>.</summary>
    private static string Variable(string parameter, string previousSegment)
    {
        var words = new StringBuilder();
        foreach (var c in parameter)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append('_');
            }

            words.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        var name = words.ToString().Trim('_');
        if (name is "" or "ID" or "KEY" or "UUID")
        {
            var resource = Singular(previousSegment).ToUpperInvariant().Replace('-', '_').Replace('.', '_');
            name = resource.Length == 0 ? (name.Length == 0 ? "ID" : name) : $"{resource}_{(name.Length == 0 ? "ID" : name)}";
        }

        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    private static string Resource(string path)
    {
        var last = path.Split('/').LastOrDefault(s => s.Length > 0 && Parameter(s) is null);
        var name = Singular(Safe(last ?? string.Empty)).ToLowerInvariant();
        return name.Length == 0 ? "request" : name;
    }

    private static string Singular(string word) => word switch
    {
        _ when word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4 => word[..^3] + "y",
        _ when word.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) => word[..^2],
        _ when word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase) => word[..^1],
        _ => word,
    };

    private static string Safe(string segment) =>
        new(segment.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~').ToArray());
}
