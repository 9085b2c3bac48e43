using System.Collections;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Log lines that hold a secret anywhere a log exporter could write it: message, exception, values, scope.</summary>
public static class LogLeaks
{
    public static IReadOnlyList<string> Find(IEnumerable<RecordedLog> lines, params string[] secrets) =>
        lines
            .SelectMany(line => Texts(line).Select(text => (line, text)))
            .Where(pair => secrets.Any(secret => secret.Length > 0 && pair.text.Contains(secret, StringComparison.Ordinal)))
            .Select(pair => $"{pair.line.Category} {pair.line.EventId}: {pair.text}")
            .ToList();

    private static IEnumerable<string> Texts(RecordedLog line) =>
        new[] { line.Message, line.Exception?.ToString() }
            .Concat(line.Values.Values.Concat(line.Scope.Values).SelectMany(Flatten))
            .OfType<string>();

    private static IEnumerable<string?> Flatten(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable items => items.Cast<object?>().SelectMany(Flatten),
        _ => [value.ToString()],
    };
}
