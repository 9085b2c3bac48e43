using PlanBot.Core.Documents;

namespace PlanBot.Core.Tests.Documents;

/// <summary>
/// The systems each corpus pair uses, by name, as a person reads them: what the documents exclude ("No Redis/Sidekiq
/// needed", "not Redis") is not among them, and neither is a practice, a heading word or an entry id.
/// </summary>
public sealed class CorpusIntegrationTests
{
    // Written by reading each pair: its stack, integrations and dependencies sections and tables, and where it excludes
    // a system. kart names an "LLM provider" and "Transactional email" in its PRD's dependencies before choosing
    // Anthropic and Resend in the TRD; libcommons says twice that it does not use the Redis-backed DLQ.
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["atlas-go-boilerplate"] = ["Kafka", "MySQL", "PostgreSQL", "Redis", "SQLite"],
        ["bantu-payroll-hr"] = ["Amazon S3", "Bank EFT", "Cloudflare R2", "Hikvision Biometric", "PostgreSQL", "Resend", "SQLite", "Sentry", "Stripe", "ZKTeco Biometric"],
        ["kart-shopper"] = ["Anthropic", "LLM provider", "OpenAI", "PostgreSQL", "Resend", "Stripe", "Tesco", "Transactional email"],
        ["keepaccounts-zh"] = ["SQLite"],
        ["kiro-codebuild-worker"] = ["Amazon S3", "Amazon SNS", "Amazon SQS", "DynamoDB", "GitHub API"],
        ["lerian-fetcher-crypto-security"] = ["MongoDB", "RabbitMQ", "SeaweedFS"],
        ["lerian-helm-compat-matrix-ptbr"] = ["Midaz"],
        ["lerian-libcommons-streaming"] = ["Kafka", "Midaz", "PostgreSQL", "RabbitMQ", "Redpanda"],
        ["lerian-matcher-fetcher-bridge"] = [],
        ["nexus-command"] = ["SQLite"],
        ["solar-layout-generator"] = ["Google Maps", "PostgreSQL", "Supabase"],
        ["vox-prismatic"] = ["Amazon S3", "LinkedIn OAuth 2.0", "Marketing API", "PostgreSQL"],
    };

    [CorpusTheory]
    [MemberData(nameof(Corpus.PairRows), MemberType = typeof(Corpus))]
    public void The_systems_a_pair_uses_are_read_by_name(string pair)
    {
        var documents = new DocumentAnalyzer().Analyze(Corpus.Read(pair, "PRD.md"), Corpus.Read(pair, "TRD.md"));

        var found = documents.Prd.Integrations.Concat(documents.Trd.Integrations).Select(i => i.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(Expected[pair], found);
    }
}
