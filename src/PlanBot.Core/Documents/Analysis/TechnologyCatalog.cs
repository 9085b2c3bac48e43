using System.Text.RegularExpressions;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>
/// The languages, frameworks and hosting platforms PlanBot knows by name. Names no sentence uses as a common word
/// (TypeScript, Next.js, SwiftUI) count wherever the document writes them; the others ("Go", "Swift", "Echo", "Express",
/// "Rails") only in text that states the stack (a technology-stack section, a "Backend:" line), and only as written,
/// capitalised.
/// </summary>
internal static class TechnologyCatalog
{
    private static readonly (string Name, TechnologyKind Kind, Regex Pattern, bool Ambiguous)[] Entries =
    [
        Entry("Go", TechnologyKind.Language, @"Go|[Gg]olang", caseSensitive: true),
        Entry("TypeScript", TechnologyKind.Language, "typescript"),
        Entry("JavaScript", TechnologyKind.Language, "javascript|node\\.js|nodejs"),
        Entry("Python", TechnologyKind.Language, "python"),
        Entry("Java", TechnologyKind.Language, "Java", caseSensitive: true),
        Entry("Kotlin", TechnologyKind.Language, "kotlin"),
        Entry("Swift", TechnologyKind.Language, "Swift", caseSensitive: true),
        Entry("Rust", TechnologyKind.Language, "Rust", caseSensitive: true),
        Entry("C#", TechnologyKind.Language, "C#"),
        Entry("Ruby", TechnologyKind.Language, "Ruby", caseSensitive: true),
        Entry("PHP", TechnologyKind.Language, "php"),
        Entry("Elixir", TechnologyKind.Language, "elixir"),
        Entry("Dart", TechnologyKind.Language, "Dart", caseSensitive: true),
        Entry("Next.js", TechnologyKind.Framework, "next\\.js|nextjs"),
        Entry("React Native", TechnologyKind.Framework, "react native"),
        Entry("React", TechnologyKind.Framework, "react(?! native)"),
        Entry("Angular", TechnologyKind.Framework, "angular"),
        Entry("Vue", TechnologyKind.Framework, "vue(?:\\.js)?"),
        Entry("Svelte", TechnologyKind.Framework, "svelte(?:kit)?"),
        Entry("Express", TechnologyKind.Framework, "Express(?:\\.js)?", caseSensitive: true),
        Entry("NestJS", TechnologyKind.Framework, "nestjs|nest\\.js"),
        Entry("Fiber", TechnologyKind.Framework, "Fiber", caseSensitive: true),
        Entry("Gin", TechnologyKind.Framework, "Gin", caseSensitive: true),
        Entry("Echo", TechnologyKind.Framework, "Echo", caseSensitive: true),
        Entry("Rails", TechnologyKind.Framework, "Rails|Ruby on Rails", caseSensitive: true),
        Entry("Django", TechnologyKind.Framework, "django"),
        Entry("FastAPI", TechnologyKind.Framework, "fastapi"),
        Entry("Flask", TechnologyKind.Framework, "Flask", caseSensitive: true),
        Entry("Spring Boot", TechnologyKind.Framework, "spring boot"),
        Entry("ASP.NET Core", TechnologyKind.Framework, "asp\\.net(?: core)?"),
        Entry("Laravel", TechnologyKind.Framework, "laravel"),
        Entry("Flutter", TechnologyKind.Framework, "flutter"),
        Entry("SwiftUI", TechnologyKind.Framework, "swiftui"),
        Entry("Jetpack Compose", TechnologyKind.Framework, "jetpack compose"),
        Entry("Electron", TechnologyKind.Framework, "Electron", caseSensitive: true),
        Entry("Tauri", TechnologyKind.Framework, "tauri"),
        Entry("AWS", TechnologyKind.Hosting, "AWS|Amazon Web Services", caseSensitive: true),
        Entry("Google Cloud", TechnologyKind.Hosting, "google cloud|GCP"),
        Entry("Azure", TechnologyKind.Hosting, "Azure", caseSensitive: true),
        Entry("Vercel", TechnologyKind.Hosting, "vercel"),
        Entry("Netlify", TechnologyKind.Hosting, "netlify"),
        Entry("Fly.io", TechnologyKind.Hosting, "fly\\.io"),
        Entry("Heroku", TechnologyKind.Hosting, "heroku"),
        Entry("Kubernetes", TechnologyKind.Hosting, "kubernetes|k8s"),
    ];

    /// <summary>The technologies named in a text that states the stack, each once, in catalogue order.</summary>
    public static IEnumerable<(string Name, TechnologyKind Kind)> InStack(string text) =>
        Entries.Where(e => e.Pattern.IsMatch(text)).Select(e => (e.Name, e.Kind));

    /// <summary>Where the names no sentence uses as a common word are first written in <paramref name="text"/>.</summary>
    public static IEnumerable<(string Name, TechnologyKind Kind, int Offset)> Anywhere(string text)
    {
        foreach (var (name, kind, pattern, ambiguous) in Entries)
        {
            if (!ambiguous && pattern.Match(text) is { Success: true } match)
            {
                yield return (name, kind, match.Index);
            }
        }
    }

    // The short names that are also words are written case-sensitively: they are the ambiguous ones.
    private static (string, TechnologyKind, Regex, bool) Entry(string name, TechnologyKind kind, string spellings, bool caseSensitive = false) =>
        (name, kind, new Regex(
            $@"(?<![\p{{L}}\p{{N}}_.#+-])(?:{spellings})(?![\p{{L}}\p{{N}}_#+])",
            RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase)), caseSensitive);
}
