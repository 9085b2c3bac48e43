using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Conversation;
using PlanBot.Core.Documents;
using PlanBot.Core.Engine;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Storage;

/// <summary>
/// The JSON of rows and queue messages. Its contracts are generated at build time (<see cref="Contracts"/>): no
/// reflection on a cold start, and the ahead-of-time compiled <c>planbot serve</c> stores what the Functions app does.
/// </summary>
internal static partial class StorageJson
{
    /// <summary>Relaxed escaping keeps non-ASCII text one character per character, so rows and messages stay small.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = Contracts.Default,
    };

    [JsonSerializable(typeof(PlanningSession))]
    [JsonSerializable(typeof(WebhookMessage))]
    [JsonSerializable(typeof(JsonElement))]
    [JsonSerializable(typeof(Publication))]
    [JsonSerializable(typeof(RunCheckpoint))]
    [JsonSerializable(typeof(TrackingBurst))]

    // A ValueList is written by its own converter, which asks the options for its items' contracts: each is named here.
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(ConfigProblem))]
    [JsonSerializable(typeof(ExtraQuestionSetting))]
    [JsonSerializable(typeof(QuestionSetting))]
    [JsonSerializable(typeof(DocumentProblem))]
    [JsonSerializable(typeof(OutboxItem))]
    [JsonSerializable(typeof(QualityFinding))]
    [JsonSerializable(typeof(Assumption))]
    [JsonSerializable(typeof(Checkbox))]
    [JsonSerializable(typeof(DemoScenario))]
    [JsonSerializable(typeof(PlanPhase))]
    [JsonSerializable(typeof(PlanWeek))]
    [JsonSerializable(typeof(CreatedObject))]
    [JsonSerializable(typeof(Answer))]
    [JsonSerializable(typeof(AnswerFinding))]
    [JsonSerializable(typeof(TeamRole))]
    [JsonSerializable(typeof(Question))]
    [JsonSerializable(typeof(QuestionChoice))]
    private sealed partial class Contracts : JsonSerializerContext;
}
