using System.Diagnostics;
using System.Reflection;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>
/// The bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package. The package sets the MSBuild property
/// BicepPath; the test project stamps it into the assembly so the tests run the very version CI restored.
/// </summary>
internal sealed class BicepCli
{
    private readonly string executable;

    private BicepCli(string executable) => this.executable = executable;

    public static BicepCli Instance { get; } = Locate();

    public async Task<BicepRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = InfraLayout.InfraDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new BicepRun(
            string.Join(' ', arguments),
            process.ExitCode,
            await standardOutput,
            await standardError);
    }

    private static BicepCli Locate()
    {
        var configured = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(configured))
        {
            throw new InvalidOperationException(
                "The test assembly has no BicepPath metadata: is Azure.Bicep.CommandLine.linux-x64 referenced?");
        }

        // The package writes the path with Windows separators.
        var path = Path.GetFullPath(configured.Replace('\\', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The bicep CLI is not at {path}; run dotnet restore.", path);
        }

        // NuGet extraction does not always keep the executable bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return new BicepCli(path);
    }
}
