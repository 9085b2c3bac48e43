using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Cli.Output;

/// <summary>Stable JSON for scripts and goldens: indented, camelCase, enums as names, LF line ends, readable non-ASCII.</summary>
public static class AnalysisJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Options) + "\n";
}
