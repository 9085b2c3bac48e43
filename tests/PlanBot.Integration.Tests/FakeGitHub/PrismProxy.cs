using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Prism (<c>prism proxy &lt;GitHub's OpenAPI description&gt; &lt;upstream&gt; --errors</c>) in front of the fake: it forwards
/// every request and answers 422 instead when the request breaks GitHub's description, 500 when the fake's answer
/// does; both violations are also in <see cref="Output"/>. It cannot route a <c>{path}</c> parameter holding slashes
/// (the contents API), so those calls go to the fake directly and are checked with <see cref="OpenApiShapes"/>.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private PrismProxy(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What Prism logged: every request, and each violation it found.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<PrismProxy> StartAsync(Uri upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var prism = Path.Combine(RepositoryPaths.NodeModules(), ".bin", "prism");
        var spec = Path.Combine(RepositoryPaths.NodeModules(), "@octokit", "openapi", "generated", "api.github.com.json");
        if (!File.Exists(prism) || !File.Exists(spec))
        {
            throw new FileNotFoundException("Prism or GitHub's OpenAPI description is not installed; run npm ci at the repository root.", prism);
        }

        var port = AzuriteFixture.FreePort();
        var start = new ProcessStartInfo(prism)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
        {
            "proxy", spec, upstream.GetLeftPart(UriPartial.Authority), "--errors", "--host", "127.0.0.1",
            "--port", port.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        var proxy = new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => proxy.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => proxy.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await proxy.WaitUntilListeningAsync(port);
        return proxy;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains("Prism is listening", StringComparison.Ordinal))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {process.ExitCode} before listening on {port}: {Output}");
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Prism did not listen on {port} within {StartTimeout}: {Output}");
            }

            await Task.Delay(100);
        }
    }
}
