using System.Globalization;

namespace PlanBot.Load;

/// <summary><c>--count N --concurrency C --payload-bytes B --storage CONNECTION</c>, bounded so a run stays small.</summary>
internal sealed record LoadSettings(int Count, int Concurrency, int PayloadBytes, string Storage)
{
    public const int MaxCount = 10_000;

    public static LoadSettings Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        var count = int.Parse(Value("--count", "200"), CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Value("--concurrency", "4"), CultureInfo.InvariantCulture);
        var payloadBytes = int.Parse(Value("--payload-bytes", "8192"), CultureInfo.InvariantCulture);
        if (count is < 1 or > MaxCount || concurrency is < 1 or > 64 || payloadBytes is < 64 or > 1_000_000)
        {
            throw new ArgumentException($"--count must be 1..{MaxCount}, --concurrency 1..64, --payload-bytes 64..1000000.");
        }

        return new LoadSettings(count, concurrency, payloadBytes, Value("--storage", "UseDevelopmentStorage=true"));
    }
}
