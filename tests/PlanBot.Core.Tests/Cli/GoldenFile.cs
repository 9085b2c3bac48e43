using Xunit;

namespace PlanBot.Core.Tests.Cli;

/// <summary>
/// Byte-for-byte comparison with a committed file under <c>Golden/</c>. With <c>PLANBOT_UPDATE_GOLDEN=1</c> the
/// file is (re)written instead, to be reviewed in the diff and committed.
/// </summary>
public static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("PLANBOT_UPDATE_GOLDEN") == "1";

    private static string PathOf(string name) => Path.Join(SamplePaths.GoldenFolder, name);

    /// <summary>Fails early with the fix when the golden file was never generated.</summary>
    public static void RequireExisting(string name)
    {
        if (!Updating && !File.Exists(PathOf(name)))
        {
            Assert.Fail($"Golden/{name} is missing. Generate it with `PLANBOT_UPDATE_GOLDEN=1 dotnet test tests/PlanBot.Core.Tests --filter FullyQualifiedName~Cli.SampleGoldenTests`, review it and commit it.");
        }
    }

    public static void Verify(string name, string actual)
    {
        var path = PathOf(name);
        if (Updating)
        {
            Directory.CreateDirectory(SamplePaths.GoldenFolder);
            File.WriteAllText(path, actual);
            return;
        }

        RequireExisting(name);
        var expected = File.ReadAllText(path);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"Golden/{name} differs from the output at line {FirstDifferentLine(expected, actual)}. If the change is intended, rerun with PLANBOT_UPDATE_GOLDEN=1 and commit the file.\n{Diff(expected, actual)}");
        }
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var i = 0;
        while (i < a.Length && i < b.Length && string.Equals(a[i], b[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i + 1;
    }

    private static string Diff(string expected, string actual)
    {
        var line = FirstDifferentLine(expected, actual) - 1;
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        return $"expected: {(line < a.Length ? a[line] : "<end of file>")}\nactual:   {(line < b.Length ? b[line] : "<end of file>")}";
    }
}
