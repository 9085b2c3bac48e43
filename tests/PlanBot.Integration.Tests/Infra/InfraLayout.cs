namespace PlanBot.Integration.Tests.Infra;

/// <summary>Where the infrastructure files and the npm reference packages are, found from the test assembly.</summary>
internal static class InfraLayout
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string InfraDirectory => Path.Combine(RepositoryRoot, "infra");

    public static string ManifestPath => Path.Combine(InfraDirectory, "github-app-manifest.json");

    public static string NodeModules => Path.Combine(RepositoryRoot, "node_modules");

    /// <summary>Paths relative to <see cref="InfraDirectory"/>, with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> InfraFiles(string extension) =>
        [.. Directory.EnumerateFiles(InfraDirectory, "*" + extension, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InfraDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanBot.sln"))
                && File.Exists(Path.Combine(directory.FullName, "infra", "main.bicep")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No ancestor of {AppContext.BaseDirectory} holds PlanBot.sln and infra/main.bicep.");
    }
}
