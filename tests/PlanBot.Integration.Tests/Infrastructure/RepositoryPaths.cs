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

    /// <summary>The checkout the tests were built from: the folder above the test assembly that holds <c>PlanBot.sln</c>.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"PlanBot.sln not found above {AppContext.BaseDirectory}");
    }
}
