using System.Runtime.CompilerServices;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>The journey's comments and committed plan, compared byte for byte; PLANBOT_UPDATE_GOLDEN=1 rewrites them.</summary>
internal static class JourneyGolden
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("PLANBOT_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with PLANBOT_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
