namespace PlanBot.Core.Documents;

/// <summary>An HTTP endpoint: <see cref="Method"/> upper-case, <see cref="Path"/> as written (<c>{id}</c>, <c>:id</c>).</summary>
public sealed record ApiEndpoint(string Method, string Path, int Line)
{
    public override string ToString() => $"{Method} {Path}";
}
