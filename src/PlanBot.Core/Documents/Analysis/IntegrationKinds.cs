namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The kind of a system the catalogue does not know, from the words of its name and of the text around it ("Pinecone
/// — vector database" is a data store, "Gmail API — sends the receipts by e-mail" an e-mail service); an external API
/// when nothing says more. Also which entries of a dependencies list are practices, not systems.
/// </summary>
internal static class IntegrationKinds
{
    private static readonly (IntegrationKind Kind, string[] Words)[] Cues =
    [
        (IntegrationKind.AiService, ["ai", "llm", "llms", "gpt", "genai", "embedding", "embeddings", "inference", "openai", "gemini", "bedrock", "claude", "anthropic"]),
        (IntegrationKind.DataStore, ["database", "databases", "db", "datastore", "store", "storage", "cache", "warehouse", "vector", "banco", "数据库"]),
        (IntegrationKind.MessageBroker, ["queue", "queues", "broker", "bus", "pubsub", "streaming", "fila"]),
        (IntegrationKind.IdentityProvider, ["auth", "authentication", "identity", "sso", "oauth", "oidc", "saml", "login"]),
        (IntegrationKind.Payment, ["payment", "payments", "billing", "checkout", "pagamento", "pagamentos"]),
        (IntegrationKind.Email, ["email", "e-mail", "mail", "smtp", "gmail", "mailgun", "postmark"]),
    ];

    // Work a team does, not a system it calls: a dependencies list mixes both.
    private static readonly HashSet<string> PracticeWords = new(
        ["hook", "hooks", "review", "reviews", "testing", "tests", "lint", "linting", "linter", "process", "policy", "policies", "approval",
            "approvals", "training", "documentation", "guidelines", "conventions", "standards", "practice", "practices", "workflow", "meeting",
            "meetings", "sign-off", "signoff", "ci", "formatting", "onboarding", "budget", "legal", "hiring"],
        StringComparer.Ordinal);

    public static IntegrationKind Infer(string name, string context)
    {
        var nameWords = Words(name);
        var contextWords = Words(context);
        foreach (var words in (IReadOnlyList<string>[])[nameWords, contextWords])
        {
            foreach (var (kind, cues) in Cues)
            {
                if (words.Any(w => cues.Contains(w, StringComparer.Ordinal)))
                {
                    return kind;
                }
            }
        }

        return IntegrationKind.ExternalApi;
    }

    /// <summary>The name at the start of an entry: "Marketing API for publishing" → "Marketing API".</summary>
    public static string NameIn(string entry)
    {
        var name = Folding.WithoutAsides(entry);
        foreach (var joint in (string[])[" for ", " to ", " — ", " - ", " via ", " para "])
        {
            var at = name.IndexOf(joint, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                name = name[..at];
            }
        }

        return name.Trim();
    }

    /// <summary>Whether a dependency names a practice ("Pre-commit hooks", "Code review") rather than a system.</summary>
    public static bool IsPractice(string name) => Words(name).Any(PracticeWords.Contains);

    private static List<string> Words(string text) =>
        Folding.Fold(text).Split((char[])[' ', '-', '/', '(', ')', ',', '.', ':', ';', '—', '|', '`', '*', '_'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
