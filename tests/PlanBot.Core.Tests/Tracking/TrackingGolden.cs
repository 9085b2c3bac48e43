using Xunit;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>
/// Golden files under <c>Golden/Tracking</c>: compared byte for byte; rewritten in the source tree when
/// <c>PLANBOT_UPDATE_GOLDEN=1</c>.
/// </summary>
internal static class TrackingGolden
{
    public static void Verify(string name, string actual)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Golden", "Tracking", name);
        if (Environment.GetEnvironmentVariable("PLANBOT_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(ProjectDirectory(), "Golden", "Tracking", name);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(copied), $"Golden file {name} is missing; run the tests with PLANBOT_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(copied), actual);
    }

    private static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PlanBot.Core.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PlanBot.Core.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
