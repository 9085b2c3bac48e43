using Markdig.Syntax;

namespace PlanBot.Core.Documents.Analysis;

/// <summary>Lookups in Markdig's block tree that run for every list item and table cell, so they are loops, not LINQ.</summary>
internal static class Blocks
{
    /// <summary>The first direct child of <paramref name="container"/> that is a <typeparamref name="T"/>, or null.</summary>
    public static T? FirstChild<T>(ContainerBlock container)
        where T : Block
    {
        foreach (var block in container)
        {
            if (block is T found)
            {
                return found;
            }
        }

        return null;
    }
}
