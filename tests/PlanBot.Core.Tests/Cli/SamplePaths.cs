namespace PlanBot.Core.Tests.Cli;

/// <summary>Where the sample (copied next to the test assembly) and the committed golden files are.</summary>
public static class SamplePaths
{
    public static string SampleFolder { get; } = Path.Join(AppContext.BaseDirectory, "samples", "payments-reconciliation-plugin");

    public static string SampleFile(string name) => Path.Join(SampleFolder, name);

    /// <summary>The source folder (not the build output), so <c>PLANBOT_UPDATE_GOLDEN=1</c> rewrites the committed files.</summary>
    public static string GoldenFolder { get; } = Path.Join(FindProjectFolder(), "Golden");

    private static string FindProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "PlanBot.Core.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PlanBot.Core.Tests.csproj not found above {AppContext.BaseDirectory}");
    }
}
