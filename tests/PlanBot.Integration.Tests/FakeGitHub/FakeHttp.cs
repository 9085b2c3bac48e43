using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>How the fake answers, the way GitHub does: JSON with an ETag on reads (304 to a matching If-None-Match), errors as
/// <c>basic-error</c> / <c>validation-error</c>, lists paged with a Link header.</summary>
public static class FakeHttp
{
    /// <summary>HttpContext item holding the address clients reach the fake through (Prism in front), for Link headers.</summary>
    public const string PublicBaseKey = "fake-github-public-base";

    public static async Task JsonAsync(HttpContext context, JsonNode? body, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = Encoding.UTF8.GetBytes(body?.ToJsonString() ?? "null");
        if (HttpMethods.IsGet(context.Request.Method) && status == StatusCodes.Status200OK)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..40]}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim().TrimStart('W', '/') == etag)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        if (status == StatusCodes.Status201Created && body is JsonObject created && created["url"] is JsonValue url)
        {
            // GitHub points at what it created.
            context.Response.Headers.Location = url.ToString();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Builds the answer under the state's lock (the body is made before the first await) and sends it after.</summary>
    public static Task UnderLockAsync(FakeGitHubState state, Func<Task> reply)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reply);
        Task sending;
        lock (state.Gate)
        {
            sending = reply();
        }

        return sending;
    }

    public static Task NotFoundAsync(HttpContext context) => JsonAsync(context, GitHubShapes.Error("Not Found"), StatusCodes.Status404NotFound);

    public static Task ErrorAsync(HttpContext context, int status, string message) => JsonAsync(context, GitHubShapes.Error(message), status);

    /// <summary>422 with GitHub's <c>errors</c> list (resource, field, code).</summary>
    public static Task InvalidAsync(HttpContext context, string message, string resource, string field, string code) =>
        JsonAsync(
            context,
            new JsonObject
            {
                ["message"] = message,
                ["documentation_url"] = "https://docs.github.com/rest",
                ["errors"] = new JsonArray(new JsonObject { ["resource"] = resource, ["field"] = field, ["code"] = code }),
            },
            StatusCodes.Status422UnprocessableEntity);

    /// <summary>One page of <paramref name="items"/> (<c>per_page</c> default 30, at most 100; <c>page</c> from 1) with a Link header.</summary>
    public static Task PageAsync(HttpContext context, IReadOnlyList<JsonNode> items)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(items);
        var perPage = Math.Clamp(IntQuery(context, "per_page") ?? FakeGitHubLimits.DefaultPerPage, 1, FakeGitHubLimits.MaxPerPage);
        var page = Math.Max(IntQuery(context, "page") ?? 1, 1);
        var last = Math.Max((items.Count + perPage - 1) / perPage, 1);
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"<{PageUrl(context, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageUrl(context, last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{PageUrl(context, 1)}>; rel=\"first\"");
            links.Add($"<{PageUrl(context, page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            context.Response.Headers.Link = string.Join(", ", links);
        }

        return JsonAsync(context, new JsonArray([.. items.Skip((page - 1) * perPage).Take(perPage).Select(item => item.DeepClone())]));
    }

    /// <summary>The JSON body, or null when it is missing or not a JSON object.</summary>
    public static async Task<JsonObject?> BodyAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Query(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
    }

    public static int? IntQuery(HttpContext context, string name) =>
        int.TryParse(Query(context, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The bearer token of the request, if any.</summary>
    public static string? Token(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        foreach (var scheme in new[] { "Bearer ", "token " })
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return header[scheme.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>The login the request acts as (it passed authentication before reaching an endpoint).</summary>
    public static string Login(HttpContext context, FakeGitHubState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.LoginFor(Token(context)) ?? throw new InvalidOperationException("The request was not authenticated.");
    }

    public static string? String(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var value) && value is JsonValue leaf && leaf.TryGetValue<string>(out var text) ? text : null;

    private static string PageUrl(HttpContext context, int page)
    {
        var query = context.Request.Query.Where(pair => pair.Key != "page").Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value.ToString())}").Append($"page={page}");
        var publicBase = context.Items[PublicBaseKey] as string ?? $"{context.Request.Scheme}://{context.Request.Host}";
        return $"{publicBase}{context.Request.Path}?{string.Join('&', query)}";
    }
}
