using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// GET and PUT /repos/{owner}/{repo}/contents/{path}: a file (inline up to 1 MB, raw with the raw media type), a
/// directory listing, or 404; a PUT creates or updates one file in a new commit on the branch and checks the blob sha
/// as GitHub does (409 when it does not match, 422 when it is missing for an existing file).
/// </summary>
public static class ContentsEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapGet("/repos/{owner}/{repo}/contents/{**path}", (HttpContext context, string owner, string repo, string path) =>
        {
            lock (state.Gate)
            {
                if (state.Repository(owner, repo) is not { } repository)
                {
                    return FakeHttp.NotFoundAsync(context);
                }

                var gitRef = FakeHttp.Query(context, "ref") ?? repository.DefaultBranch;
                if (repository.Resolve(gitRef) is not { } commit)
                {
                    return FakeHttp.ErrorAsync(context, StatusCodes.Status404NotFound, $"No commit found for the ref {gitRef}");
                }

                if (commit.Tree.TryGetValue(path, out var blob))
                {
                    var content = repository.Blobs[blob];
                    return context.Request.Headers.Accept.ToString().Contains("raw", StringComparison.Ordinal)
                        ? RawAsync(context, content)
                        : FakeHttp.JsonAsync(context, GitHubShapes.ContentFile(repository, path, blob, content, gitRef));
                }

                var prefix = path + "/";
                var children = commit.Tree.Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal))
                    .Select(entry => (Remainder: entry.Key[prefix.Length..], entry.Value))
                    .GroupBy(child => child.Remainder.Split('/')[0], StringComparer.Ordinal)
                    .Select(group => group.First() is var first && first.Remainder.Contains('/', StringComparison.Ordinal)
                        ? GitHubShapes.DirectoryEntry(repository, prefix + group.Key, new string('d', 40), 0, "dir", gitRef)
                        : GitHubShapes.DirectoryEntry(repository, prefix + group.Key, first.Value, repository.Blobs[first.Value].Length, "file", gitRef))
                    .ToList();
                return children.Count == 0
                    ? FakeHttp.NotFoundAsync(context)
                    : FakeHttp.JsonAsync(context, new JsonArray([.. children]));
            }
        });

        routes.MapPut("/repos/{owner}/{repo}/contents/{**path}", async (HttpContext context, string owner, string repo, string path) =>
        {
            var body = await FakeHttp.BodyAsync(context);
            var message = body is null ? null : FakeHttp.String(body, "message");
            var base64 = body is null ? null : FakeHttp.String(body, "content");
            if (message is null || base64 is null)
            {
                await FakeHttp.ErrorAsync(context, StatusCodes.Status422UnprocessableEntity, $"Invalid request.\n\n\"{(message is null ? "message" : "content")}\" wasn't supplied.");
                return;
            }

            byte[] content;
            try
            {
                content = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                await FakeHttp.ErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "content is not valid Base64");
                return;
            }

            await CommitAsync(context, state, owner, repo, path, body!, message, content);
        });
    }

    private static Task CommitAsync(HttpContext context, FakeGitHubState state, string owner, string repo, string path, JsonObject body, string message, byte[] content)
    {
        lock (state.Gate)
        {
            if (state.Repository(owner, repo) is not { } repository)
            {
                return FakeHttp.NotFoundAsync(context);
            }

            var branch = FakeHttp.String(body, "branch") ?? repository.DefaultBranch;
            if (!repository.Branches.TryGetValue(branch, out var head))
            {
                return FakeHttp.ErrorAsync(context, StatusCodes.Status404NotFound, $"Branch {branch} not found");
            }

            var sha = FakeHttp.String(body, "sha");
            var existing = repository.Commits[head].Tree.GetValueOrDefault(path);
            if (existing is not null && sha is null)
            {
                return FakeHttp.ErrorAsync(context, StatusCodes.Status422UnprocessableEntity, "Invalid request.\n\n\"sha\" wasn't supplied.");
            }

            if (sha is not null && sha != existing)
            {
                return FakeHttp.ErrorAsync(context, StatusCodes.Status409Conflict, $"{path} does not match {sha}");
            }

            var commit = repository.CommitFile(branch, path, content, message);
            return FakeHttp.JsonAsync(
                context,
                GitHubShapes.FileCommit(repository, path, commit.Tree[path], content.Length, commit, branch),
                existing is null ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
    }

    private static async Task RawAsync(HttpContext context, byte[] content)
    {
        context.Response.ContentType = "application/vnd.github.raw";
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }
}
