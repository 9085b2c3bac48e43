using CsCheck;
using PlanBot.Core.Documents.Analysis;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// The catalogue's word-by-word scan against the plainest reading of its contract: every spelling, found anywhere
/// ignoring case, counts where it starts and ends at a word boundary.
/// </summary>
public sealed class IntegrationCatalogTests
{
    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.OneOf(
            "midaz", "MIDAZ", "Access Manager", "access-manager", "lib-license-go", "lib-license", "plugin license", "postgres", "PostgreSQL",
            "sqlite", "sqlite3", "SQLite3x", "rabbit mq", "Rabbit-MQ", "kafka", "s3", "S3_", "sns", "github projects graphql api", "GitHub API",
            "google maps", "auth0", "sentry", "nats"),
        Gen.OneOf(" ", "  ", "-", "_", ".", ",", "/", "(", ")", "\n", "é", "ß", "Ω", "日本", "—", "🎯", "\u00A0", "7", "x", "Ä"),
        Gen.String[0, 6]);

    private static readonly Gen<string> Text = Fragment.Array[0, 30].Select(string.Concat);

    [Fact]
    public void Scan_counts_exactly_the_mentions_at_word_boundaries()
    {
        Text.Sample(text => Assert.Equal(Reference(text), IntegrationCatalog.Scan(text)));
    }

    [Theory]
    [InlineData("Uses Midaz, Valkey and postgres.", "Midaz", 5)]
    [InlineData("évalkey and valkeyé are words of their own; (valkey) is not", "Valkey", 45)]
    [InlineData("rabbitmq_x and xkafka are longer words; RabbitMQ—Kafka are two", "RabbitMQ", 40)]
    public void Scan_finds_the_first_mention_of_a_system(string text, string name, int first)
    {
        var mentions = IntegrationCatalog.Scan(text);
        var entry = Enumerable.Range(0, mentions.Length).Single(i => IntegrationCatalog.Entry(i).Name == name);
        Assert.Equal(first, mentions[entry].First);
    }

    private static (int First, int Count)[] Reference(string text)
    {
        // Scan answers one slot per catalogue entry, whatever the text.
        var count = IntegrationCatalog.Scan(string.Empty).Length;
        var mentions = new (int First, int Count)[count];
        for (var entry = 0; entry < count; entry++)
        {
            var (first, found) = (int.MaxValue, 0);
            foreach (var spelling in IntegrationCatalog.Spellings(entry))
            {
                for (var at = text.IndexOf(spelling, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(spelling, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var end = at + spelling.Length;
                    if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
                    {
                        (first, found) = (Math.Min(first, at), found + 1);
                    }
                }
            }

            mentions[entry] = (first, found);
        }

        return mentions;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
