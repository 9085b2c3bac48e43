namespace PlanBot.Bench;

/// <summary>The sample product, copied next to the benchmark by the project file.</summary>
public static class SampleDocuments
{
    private static readonly string Folder = Path.Join(AppContext.BaseDirectory, "samples", "payments-reconciliation-plugin");

    public static string Prd => File.ReadAllText(Path.Join(Folder, "PRD.md"));

    public static string Trd => File.ReadAllText(Path.Join(Folder, "TRD.md"));

    public static string Answers => File.ReadAllText(Path.Join(Folder, "answers.yml"));
}
