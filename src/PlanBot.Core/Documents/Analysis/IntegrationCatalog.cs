using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The systems PlanBot knows by name, with the spellings people use: Lerian platform services (Midaz, Access Manager,
/// License SDK, Event Streamer), data stores, message brokers and common external APIs. One regex pass over the
/// document counts every mention.
/// </summary>
internal static partial class IntegrationCatalog
{
    private static readonly (string Group, string Name, IntegrationKind Kind)[] Entries =
    [
        ("midaz", "Midaz", IntegrationKind.PlatformService),
        ("accessmanager", "Access Manager", IntegrationKind.PlatformService),
        ("licensesdk", "License SDK", IntegrationKind.PlatformService),
        ("eventstreamer", "Event Streamer", IntegrationKind.PlatformService),
        ("postgresql", "PostgreSQL", IntegrationKind.DataStore),
        ("mysql", "MySQL", IntegrationKind.DataStore),
        ("sqlite", "SQLite", IntegrationKind.DataStore),
        ("mongodb", "MongoDB", IntegrationKind.DataStore),
        ("valkey", "Valkey", IntegrationKind.DataStore),
        ("redis", "Redis", IntegrationKind.DataStore),
        ("dynamodb", "DynamoDB", IntegrationKind.DataStore),
        ("elasticsearch", "Elasticsearch", IntegrationKind.DataStore),
        ("rabbitmq", "RabbitMQ", IntegrationKind.MessageBroker),
        ("kafka", "Kafka", IntegrationKind.MessageBroker),
        ("redpanda", "Redpanda", IntegrationKind.MessageBroker),
        ("nats", "NATS", IntegrationKind.MessageBroker),
        ("sqs", "Amazon SQS", IntegrationKind.MessageBroker),
        ("sns", "Amazon SNS", IntegrationKind.MessageBroker),
        ("stripe", "Stripe", IntegrationKind.ExternalApi),
        ("s3", "Amazon S3", IntegrationKind.ExternalApi),
        ("twilio", "Twilio", IntegrationKind.ExternalApi),
        ("sendgrid", "SendGrid", IntegrationKind.ExternalApi),
        ("github", "GitHub API", IntegrationKind.ExternalApi),
        ("supabase", "Supabase", IntegrationKind.ExternalApi),
        ("googlemaps", "Google Maps", IntegrationKind.ExternalApi),
        ("openai", "OpenAI", IntegrationKind.ExternalApi),
        ("anthropic", "Anthropic", IntegrationKind.ExternalApi),
        ("firebase", "Firebase", IntegrationKind.ExternalApi),
        ("auth0", "Auth0", IntegrationKind.ExternalApi),
        ("sentry", "Sentry", IntegrationKind.ExternalApi),
    ];

    /// <summary>Every catalogue mention in <paramref name="text"/>: the entry's index and where it starts.</summary>
    public static IEnumerable<(int Entry, int Index)> Mentions(string text)
    {
        foreach (Match match in Known().Matches(text))
        {
            for (var i = 0; i < Entries.Length; i++)
            {
                if (match.Groups[Entries[i].Group].Success)
                {
                    yield return (i, match.Index);
                    break;
                }
            }
        }
    }

    public static (string Name, IntegrationKind Kind) Entry(int index) => (Entries[index].Name, Entries[index].Kind);

    /// <summary>Whether <paramref name="name"/> mentions a catalogue system (so it is counted under the canonical name).</summary>
    public static bool IsKnown(string name) => Known().IsMatch(name);

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?:(?<midaz>midaz)|(?<accessmanager>access[ -]?manager)|(?<licensesdk>license[ -]?sdk|plugin[ -]license|lib-license(?:-go)?)|(?<eventstreamer>event[ -]?streamer)|(?<postgresql>postgres(?:ql)?)|(?<mysql>mysql)|(?<sqlite>sqlite3?)|(?<mongodb>mongo(?:db)?)|(?<valkey>valkey)|(?<redis>redis)|(?<dynamodb>dynamodb)|(?<elasticsearch>elasticsearch)|(?<rabbitmq>rabbit[ -]?mq)|(?<kafka>kafka)|(?<redpanda>redpanda)|(?<nats>nats)|(?<sqs>(?:amazon |aws )?sqs)|(?<sns>(?:amazon |aws )?sns)|(?<stripe>stripe)|(?<s3>(?:amazon |aws )?s3)|(?<twilio>twilio)|(?<sendgrid>sendgrid)|(?<github>github (?:projects |rest |graphql )*api)|(?<supabase>supabase)|(?<googlemaps>google maps)|(?<openai>openai)|(?<anthropic>anthropic)|(?<firebase>firebase)|(?<auth0>auth0)|(?<sentry>sentry))(?![\p{L}\p{N}_])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Known();
}
