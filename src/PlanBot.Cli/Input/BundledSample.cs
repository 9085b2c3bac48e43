namespace PlanBot.Cli.Input;

/// <summary>The sample product (<c>samples/payments-reconciliation-plugin</c>) embedded in the tool.</summary>
public static class BundledSample
{
    public const string Name = "payments-reconciliation-plugin";

    public static SourceText Prd => Read("PRD.md");

    public static SourceText Trd => Read("TRD.md");

    public static SourceText Answers => Read("answers.yml");

    private static SourceText Read(string file)
    {
        using var stream = typeof(BundledSample).Assembly.GetManifestResourceStream($"PlanBot.Cli.Sample.{file}")
            ?? throw new InvalidOperationException($"The bundled sample file {file} is missing from the build.");
        using var reader = new StreamReader(stream);
        return new SourceText(file, reader.ReadToEnd());
    }
}
