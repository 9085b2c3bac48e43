namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The systems PlanBot knows by name, with the spellings people use: Lerian platform services (Midaz, Access Manager,
/// License SDK, Event Streamer), data stores, message brokers and common external APIs. Mentions are found at word
/// boundaries, ignoring case.
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
        ("Stripe", IntegrationKind.Payment, ["stripe"]),
        ("Amazon S3", IntegrationKind.ExternalApi, ["s3"]),
        ("Twilio", IntegrationKind.ExternalApi, ["twilio"]),
        ("SendGrid", IntegrationKind.Email, ["sendgrid"]),
        ("GitHub API", IntegrationKind.ExternalApi, ["github api", "github projects api", "github rest api", "github graphql api", "github projects graphql api"]),
        ("Supabase", IntegrationKind.ExternalApi, ["supabase"]),
        ("Google Maps", IntegrationKind.ExternalApi, ["google maps"]),
        ("OpenAI", IntegrationKind.AiService, ["openai"]),
        ("Anthropic", IntegrationKind.AiService, ["anthropic"]),
        ("Firebase", IntegrationKind.ExternalApi, ["firebase"]),
        ("Auth0", IntegrationKind.IdentityProvider, ["auth0"]),
        ("Sentry", IntegrationKind.ExternalApi, ["sentry"]),
    ];

    // Every spelling under the word it starts with ("access" → "access manager", "access-manager").
    private static readonly Dictionary<string, (int Entry, string Spelling)[]>.AlternateLookup<ReadOnlySpan<char>> SpellingsByFirstWord =
        Entries
            .SelectMany((e, index) => e.Spellings.Select(spelling => (Entry: index, Spelling: spelling)))
            .GroupBy(s => FirstWord(s.Spelling), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Which word lengths (bit n: n characters) start a spelling, by the word's first character in lower case: most words
    // of a document are turned away by this without being hashed.
    private static readonly uint[] FirstWordLengths = Entries
        .SelectMany(e => e.Spellings)
        .Select(FirstWord)
        .Aggregate(new uint[128], (lengths, word) =>
        {
            lengths[char.ToLowerInvariant(word[0])] |= 1u << word.Length;
            return lengths;
        });

    public static (string Name, IntegrationKind Kind) Entry(int index) => (Entries[index].Name, Entries[index].Kind);

    /// <summary>The spellings of the entry at <paramref name="index"/>, lower case.</summary>
    public static IReadOnlyList<string> Spellings(int index) => Entries[index].Spellings;

    /// <summary>
    /// Where each entry is mentioned in <paramref name="text"/>: the first offset and how many times, indexed like
    /// <see cref="Entry"/>. One pass over the words of the text, not one search per spelling: a spelling can only start
    /// where a word starts, so each word is looked up by itself and only the spellings that begin with it are compared.
    /// </summary>
    public static (int First, int Count)[] Scan(string text)
    {
        var mentions = new (int First, int Count)[Entries.Length];
        Array.Fill(mentions, (int.MaxValue, 0));
        var at = 0;
        while (NextWord(text, at) is var (start, end) && start < text.Length)
        {
            if (MayStartSpelling(text[start], end - start) && SpellingsByFirstWord.TryGetValue(text.AsSpan(start, end - start), out var candidates))
            {
                foreach (var (entry, spelling) in candidates)
                {
                    var spellingEnd = start + spelling.Length;
                    if (spellingEnd <= text.Length
                        && text.AsSpan(start, spelling.Length).Equals(spelling, StringComparison.OrdinalIgnoreCase)
                        && (spellingEnd == text.Length || !IsWordChar(text[spellingEnd])))
                    {
                        mentions[entry] = (Math.Min(mentions[entry].First, start), mentions[entry].Count + 1);
                    }
                }
            }

            at = end;
        }

        return mentions;
    }

    /// <summary>Whether <paramref name="name"/> mentions a catalogue system (so it is counted under the canonical name).</summary>
    public static bool IsKnown(string name) => Scan(name).Any(m => m.Count > 0);

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

    /// <summary>
    /// The next word at or after <paramref name="at"/> (start and end; the start is the text's length when there is none).
    /// ASCII runs are skipped with vector searches; only other characters are classified one by one.
    /// </summary>
    private static (int Start, int End) NextWord(string text, int at)
    {
        var start = at;
        while (true)
        {
            var skip = text.AsSpan(start).IndexOfAnyExcept(AsciiWord.Others);
            if (skip < 0)
            {
                return (text.Length, text.Length);
            }

            start += skip;
            if (IsWordChar(text[start]))
            {
                break;
            }

            start++;
        }

        var end = start + 1;
        while (true)
        {
            var run = text.AsSpan(end).IndexOfAnyExcept(AsciiWord.Chars);
            if (run < 0)
            {
                return (start, text.Length);
            }

            end += run;
            if (!IsWordChar(text[end]))
            {
                return (start, end);
            }

            end++;
        }
    }

    private static string FirstWord(string spelling)
    {
        var end = 0;
        while (end < spelling.Length && IsWordChar(spelling[end]))
        {
            end++;
        }

        return spelling[..end];
    }

    // Spellings are ASCII, and OR-ing 0x20 lowers an ASCII capital without turning any other character into a letter.
    private static bool MayStartSpelling(char first, int length) =>
        length < 32 && (first | 0x20) < FirstWordLengths.Length && (FirstWordLengths[first | 0x20] & (1u << length)) != 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
