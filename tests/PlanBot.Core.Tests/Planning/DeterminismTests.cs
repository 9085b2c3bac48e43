namespace PlanBot.Core.Tests.Planning;

/// <summary>The same documents and answers give the same plan, byte for byte.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_same_input_renders_the_same_bytes()
    {
        var first = Plans.Render(Plans.Sample());
        var second = Plans.Render(Plans.Sample());

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Plans_built_in_parallel_are_identical()
    {
        var renders = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Plans.Render(Plans.Sample()))));

        Assert.Single(renders.Distinct(StringComparer.Ordinal));
    }
}
