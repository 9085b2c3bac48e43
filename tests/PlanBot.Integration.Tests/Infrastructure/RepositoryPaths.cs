namespace PlanBot.Integration.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The nearest <c>node_modules</c> above the test assembly (the worktree root symlinks it).</summary>
    public static string NodeModules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No node_modules above {AppContext.BaseDirectory}; run npm ci at the repository root.");
    }
}
