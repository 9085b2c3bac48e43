using System.Runtime.CompilerServices;
using System.Text.Json;
using Xunit;

namespace PlanBot.Core.Tests.Planning;

/// <summary>
/// The parser's tests as data: each <c>Data/*.md</c> plan next to the <c>.json</c> of the <c>PlanDocument</c> it
/// must give. Read from the source tree, so <c>PLANBOT_UPDATE_GOLDEN=1</c> rewrites the committed JSON (review the diff).
/// </summary>
internal static class PlanDataFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Folder { get; } = DataFolder();

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(path));
        }

        return names;
    }

    public static string Markdown(string name) => File.ReadAllText(Path.Join(Folder, name + ".md"));

    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json).ReplaceLineEndings("\n") + "\n";

    public static void Verify(string name, string actualJson)
    {
        var path = Path.Join(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable("PLANBOT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actualJson);
            return;
        }

        Assert.True(File.Exists(path), $"Data/{name}.json is missing; run the tests with PLANBOT_UPDATE_GOLDEN=1, review it and commit it.");
        Assert.Equal(File.ReadAllText(path), actualJson);
    }

    private static string DataFolder([CallerFilePath] string source = "") => Path.Join(Path.GetDirectoryName(source)!, "Data");
}
