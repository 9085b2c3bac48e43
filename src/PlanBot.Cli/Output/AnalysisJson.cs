using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanBot.Core;
using PlanBot.Core.Documents;

namespace PlanBot.Cli.Output;

/// <summary>
/// Stable JSON for scripts and goldens: indented, camelCase, enums as names, LF line ends, readable non-ASCII. The
/// contract is generated at build time, so the ahead-of-time compiled tool writes it without reflection.
/// </summary>
public static partial class AnalysisJson
{
    internal static JsonSerializerOptions Options { get; } = new(Context.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<AnalysisReport> Report = Options.Contract<AnalysisReport>();

    public static string Serialize(AnalysisReport report) => JsonSerializer.Serialize(report, Report) + "\n";

    [JsonSourceGenerationOptions(WriteIndented = true, NewLine = "\n", PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(AnalysisReport))]

    // A ValueList is written by its own converter, which asks the options for its items' contracts: each is named here.
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(DocumentPiece))]
    [JsonSerializable(typeof(Integration))]
    [JsonSerializable(typeof(DocumentItem))]
    [JsonSerializable(typeof(StatedFact))]
    [JsonSerializable(typeof(Requirement))]
    [JsonSerializable(typeof(ProjectSignal))]
    [JsonSerializable(typeof(AcceptanceCriterion))]
    [JsonSerializable(typeof(Technology))]
    [JsonSerializable(typeof(SuggestedPhase))]
    [JsonSerializable(typeof(DocumentSection))]
    [JsonSerializable(typeof(Constraint))]
    [JsonSerializable(typeof(UserStory))]
    [JsonSerializable(typeof(QualityFinding))]
    [JsonSerializable(typeof(PerformanceTarget))]
    [JsonSerializable(typeof(DataEntity))]
    [JsonSerializable(typeof(ApiEndpoint))]
    private sealed partial class Context : JsonSerializerContext;
}
