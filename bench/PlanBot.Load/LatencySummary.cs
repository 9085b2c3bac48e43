using System.Globalization;

namespace PlanBot.Load;

internal sealed record LatencySummary(string Target, int Requests, int Accepted, double P50Ms, double P99Ms, double MaxMs, double RequestsPerSecond)
{
    public static LatencySummary From(string target, IReadOnlyList<double> latenciesMs, int accepted, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LatencySummary(target, sorted.Length, accepted, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], sorted.Length / elapsed.TotalSeconds);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Target,-28} n={Requests,5} 2xx={Accepted,5}  p50={P50Ms,7:F2} ms  p99={P99Ms,7:F2} ms  max={MaxMs,7:F2} ms  {RequestsPerSecond,8:F0} req/s");

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
