using System.Text.RegularExpressions;
using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Inputs;

/// <summary>
/// How to see a week's work done where there is no endpoint to call: the command that runs the project's tests. The
/// one the documents write (<c>`go test ./...`</c>, TRD first), else the usual one of the stack they name (Go →
/// <c>go test ./...</c>, Rails → <c>bin/rails test</c>), with the line it comes from. A Go command is narrowed to the
/// packages a feature's lines name (<c>commons/streaming/</c> → <c>go test ./commons/streaming/...</c>).
/// </summary>
internal sealed partial record TestCommand(string Command, string Where)
{
    private const int MaxPackages = 3;

    // Frameworks before languages: a Rails app is tested with rails, not with a bare ruby runner.
    private static readonly (string Technology, string Command)[] Usual =
    [
        ("Rails", "bin/rails test"), ("SwiftUI", "xcodebuild test"), ("Jetpack Compose", "./gradlew test"), ("ASP.NET Core", "dotnet test"),
        ("Django", "python manage.py test"), ("Flutter", "flutter test"), ("Laravel", "php artisan test"),
        ("Go", "go test ./..."), ("TypeScript", "npm test"), ("JavaScript", "npm test"), ("Python", "pytest"), ("Kotlin", "./gradlew test"),
        ("Swift", "swift test"), ("Rust", "cargo test"), ("C#", "dotnet test"), ("Ruby", "bundle exec rake test"), ("Java", "mvn test"),
        ("PHP", "vendor/bin/phpunit"), ("Elixir", "mix test"), ("Dart", "dart test"),
    ];

    public static TestCommand? Of(DocumentSet documents)
    {
        RequirementsDocument[] documentsInOrder = [documents.Trd, documents.Prd];
        foreach (var document in documentsInOrder)
        {
            foreach (var piece in document.Pieces)
            {
                if (piece.Names.FirstOrDefault(n => Stated().IsMatch(n)) is { } stated)
                {
                    return new TestCommand(stated.Trim(), Source.Describe(document.Kind, piece.Line));
                }
            }
        }

        foreach (var (technology, command) in Usual)
        {
            foreach (var document in documentsInOrder)
            {
                if (document.Stack.FirstOrDefault(t => t.Name == technology) is { } named)
                {
                    return new TestCommand(command, Source.Describe(document.Kind, named.Line));
                }
            }
        }

        return null;
    }

    /// <summary>The command for the code these lines name: a Go run limited to the packages they name, else the whole run.</summary>
    public string For(IEnumerable<string> names)
    {
        if (!Command.StartsWith("go test ", StringComparison.Ordinal) || !Command.EndsWith("./...", StringComparison.Ordinal))
        {
            return Command;
        }

        var packages = names.Select(n => Package().Match(n)).Where(m => m.Success).Select(m => m.Groups["path"].Value.TrimEnd('/')).Distinct(StringComparer.Ordinal).Take(MaxPackages).ToList();
        return packages.Count == 0 ? Command : Command[..^"./...".Length] + string.Join(' ', packages.Select(p => $"./{p}/..."));
    }

    [GeneratedRegex(@"^(?:go test\b|(?:npm|pnpm|yarn)(?: run)? test\b|make test|pytest\b|dotnet test\b|cargo test\b|swift test\b|xcodebuild\b.*\btest\b|\./gradlew\b.*[tT]est|bin/rails test\b|bundle exec (?:rspec|rails test|rake test)|mvn test\b|vitest\b|jest\b|mix test\b|flutter test\b)")]
    private static partial Regex Stated();

    // A package directory ("commons/streaming/", "internal/ledger") or the directory of a Go file ("pkg/tax/tax.go").
    [GeneratedRegex(@"^(?:\./)?(?<path>[a-z][\w-]*(?:/[a-z][\w-]*)+)/?(?:/[\w-]+\.go)?$")]
    private static partial Regex Package();
}
