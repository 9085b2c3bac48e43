using System.Buffers;
using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// HTTP endpoints: an upper-case method followed by a path (<c>GET /v1/x/{id}</c>, <c>PATCH /items/:id</c>) in prose,
/// headings, table rows and code, and route registrations in code (<c>app.Get("/v1/x", …)</c>, <c>@PostMapping("/x")</c>).
/// Prose that merely says "get" is not an endpoint: the method is upper-case and the path starts with a slash.
/// </summary>
internal static partial class EndpointReader
{
    private static readonly char[] PathEnd = ['.', ':', ',', ';', '!'];

    // One search for all seven names rather than seven: nearly all the text a document holds names none.
    private static readonly string[] MethodList = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    private static readonly SearchValues<string> MethodNames = SearchValues.Create(MethodList, StringComparison.Ordinal);

    /// <summary>Endpoints written as text: method, blank, path. <c>a|b|c</c> after the last segment lists alternatives.</summary>
    public static IEnumerable<(string Method, string Path)> InText(string text) =>
        // Tested before the iterator exists: nearly every heading, row and code line names no method.
        MayContainMethod(text) ? Matches(text) : [];

    private static IEnumerable<(string Method, string Path)> Matches(string text)
    {
        for (var match = MethodAndPath().Match(text); match.Success; match = match.NextMatch())
        {
            var path = TrimPath(match.Groups["path"].ValueSpan);
            var method = Method(match.Groups["method"].ValueSpan);
            yield return (method, path);
            foreach (var alternative in Alternatives(text, match.Index + match.Length, path))
            {
                yield return (method, alternative);
            }
        }
    }

    /// <summary>Whether a line of code names a method or registers a route: the cheap test, on the line's span, before <see cref="InCode"/>.</summary>
    public static bool MayBeInCode(ReadOnlySpan<char> line) => MayContainMethod(line) || HasRouteCall(line);

    /// <summary>Endpoints in a line of code that <see cref="MayBeInCode"/>: the text form plus framework route registrations.</summary>
    public static IEnumerable<(string Method, string Path)> InCode(string line)
    {
        foreach (var endpoint in InText(line))
        {
            yield return endpoint;
        }

        if (HasRouteCall(line))
        {
            // A route on "/" alone is a sub-router's root in an example, not an endpoint a person would list.
            for (var match = RouteCall().Match(line); match.Success; match = match.NextMatch())
            {
                if (match.Groups["path"].Length > 1)
                {
                    yield return (Method(match.Groups["method"].ValueSpan), TrimPath(match.Groups["path"].ValueSpan));
                }
            }
        }
    }

    private static bool HasRouteCall(ReadOnlySpan<char> line) =>
        line.Contains("(\"/", StringComparison.Ordinal) || line.Contains("('/", StringComparison.Ordinal) || line.Contains("(`/", StringComparison.Ordinal);

    /// <summary>A key under which <c>/x/{id}</c>, <c>/x/:id</c> and <c>/x/[id]</c> are the same endpoint.</summary>
    public static string Key(string method, string path)
    {
        var normalized = Parameter().Replace(path.TrimEnd('/'), "{}");
        return string.Create(method.Length + 1 + normalized.Length, (method, normalized), static (key, parts) =>
        {
            parts.method.CopyTo(key);
            key[parts.method.Length] = ' ';
            parts.normalized.AsSpan().ToLowerInvariant(key[(parts.method.Length + 1)..]);
        });
    }

    /// <summary>Whether <paramref name="text"/> holds an upper-case method name at all: a cheap test before any regex or iterator.</summary>
    public static bool MayContainMethod(ReadOnlySpan<char> text) => text.ContainsAny(MethodNames);

    private static string TrimPath(ReadOnlySpan<char> path) => (path.Length > 1 ? path.TrimEnd(PathEnd) : path).ToString();

    /// <summary>The method's upper-case name, one string for all its mentions rather than a new one each.</summary>
    private static string Method(ReadOnlySpan<char> name)
    {
        foreach (var method in MethodList)
        {
            if (name.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return name.ToString().ToUpperInvariant();
    }

    private static IEnumerable<string> Alternatives(string text, int end, string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            yield break;
        }

        var prefix = path[..(slash + 1)];
        var at = end;
        while (at < text.Length && text[at] == '|')
        {
            var segment = Segment().Match(text, at + 1);
            if (!segment.Success)
            {
                yield break;
            }

            yield return prefix + segment.Value;
            at = segment.Index + segment.Length;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_/])(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+(?<path>/[A-Za-z0-9_\-./{}:\[\]~%@+=*$!]*)", RegexOptions.CultureInvariant)]
    private static partial Regex MethodAndPath();

    [GeneratedRegex(
        @"(?:\.|@)(?<method>get|post|put|patch|delete|head|options)(?:Mapping)?\(\s*(?:value\s*=\s*)?[""'`](?<path>/[^""'`\s]*)[""'`]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RouteCall();

    [GeneratedRegex(@"\{[^/{}]*\}|:[A-Za-z_]\w*|\[[^/\[\]]*\]|<[^/<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\G[A-Za-z0-9_\-.{}:]+", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
