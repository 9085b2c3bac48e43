namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The systems PlanBot knows by name, with the spellings people use: Lerian platform services (Midaz, Access Manager,
/// License SDK, Event Streamer), data stores, message brokers and common external APIs. Mentions are found with
/// ordinal case-insensitive searches (vectorised), one per spelling, at word boundaries.
/// </summary>
internal static class IntegrationCatalog
{
    private static readonly (string Name, IntegrationKind Kind, string[] Spellings)[] Entries =
    [
        ("Midaz", IntegrationKind.PlatformService, ["midaz"]),
        ("Access Manager", IntegrationKind.PlatformService, ["access manager", "access-manager", "accessmanager"]),
        ("License SDK", IntegrationKind.PlatformService, ["license sdk", "license-sdk", "plugin license", "plugin-license", "lib-license", "lib-license-go"]),
        ("Event Streamer", IntegrationKind.PlatformService, ["event streamer", "event-streamer", "eventstreamer"]),
        ("PostgreSQL", IntegrationKind.DataStore, ["postgresql", "postgres"]),
        ("MySQL", IntegrationKind.DataStore, ["mysql"]),
        ("SQLite", IntegrationKind.DataStore, ["sqlite", "sqlite3"]),
        ("MongoDB", IntegrationKind.DataStore, ["mongodb", "mongo"]),
        ("Valkey", IntegrationKind.DataStore, ["valkey"]),
        ("Redis", IntegrationKind.DataStore, ["redis"]),
        ("DynamoDB", IntegrationKind.DataStore, ["dynamodb"]),
        ("Elasticsearch", IntegrationKind.DataStore, ["elasticsearch"]),
        ("RabbitMQ", IntegrationKind.MessageBroker, ["rabbitmq", "rabbit mq", "rabbit-mq"]),
        ("Kafka", IntegrationKind.MessageBroker, ["kafka"]),
        ("Redpanda", IntegrationKind.MessageBroker, ["redpanda"]),
        ("NATS", IntegrationKind.MessageBroker, ["nats"]),
        ("Amazon SQS", IntegrationKind.MessageBroker, ["sqs"]),
        ("Amazon SNS", IntegrationKind.MessageBroker, ["sns"]),
        ("Stripe", IntegrationKind.ExternalApi, ["stripe"]),
        ("Amazon S3", IntegrationKind.ExternalApi, ["s3"]),
        ("Twilio", IntegrationKind.ExternalApi, ["twilio"]),
        ("SendGrid", IntegrationKind.ExternalApi, ["sendgrid"]),
        ("GitHub API", IntegrationKind.ExternalApi, ["github api", "github projects api", "github rest api", "github graphql api", "github projects graphql api"]),
        ("Supabase", IntegrationKind.ExternalApi, ["supabase"]),
        ("Google Maps", IntegrationKind.ExternalApi, ["google maps"]),
        ("OpenAI", IntegrationKind.ExternalApi, ["openai"]),
        ("Anthropic", IntegrationKind.ExternalApi, ["anthropic"]),
        ("Firebase", IntegrationKind.ExternalApi, ["firebase"]),
        ("Auth0", IntegrationKind.ExternalApi, ["auth0"]),
        ("Sentry", IntegrationKind.ExternalApi, ["sentry"]),
    ];

    public static int Count => Entries.Length;

    public static (string Name, IntegrationKind Kind) Entry(int index) => (Entries[index].Name, Entries[index].Kind);

    /// <summary>Where entry <paramref name="index"/> is mentioned in <paramref name="text"/>: the first offset and how many times.</summary>
    public static (int First, int Count) Mentions(string text, int index)
    {
        var first = int.MaxValue;
        var count = 0;
        foreach (var spelling in Entries[index].Spellings)
        {
            // Spellings of one entry never overlap at a boundary ("postgres" does not end where "postgresql" does).
            foreach (var at in WordOccurrences(text, spelling))
            {
                first = Math.Min(first, at);
                count++;
            }
        }

        return (first, count);
    }

    /// <summary>Whether <paramref name="name"/> mentions a catalogue system (so it is counted under the canonical name).</summary>
    public static bool IsKnown(string name) => Entries.Any(e => e.Spellings.Any(s => WordOccurrences(name, s).Any()));

    /// <summary>Offsets of <paramref name="word"/> in <paramref name="text"/>, ignoring case, where it is not part of a longer word.</summary>
    public static IEnumerable<int> WordOccurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end >= text.Length || !IsWordChar(text[end])))
            {
                yield return at;
            }

            if (end >= text.Length)
            {
                yield break;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
