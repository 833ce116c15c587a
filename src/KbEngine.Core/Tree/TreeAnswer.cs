namespace KbEngine.Core.Tree;

/// <summary>An answer at a node and the node it leads to.</summary>
/// <param name="Label">The answer (<c>yes</c>, a product's name, an article's title).</param>
/// <param name="NodeId">The child.</param>
/// <param name="Articles">The number of articles below the child.</param>
public sealed record TreeAnswer(string Label, string NodeId, int Articles);
