using System.Collections.Immutable;

namespace KbEngine.Core.Tree;

/// <summary>One node of the corpus decision tree.</summary>
/// <param name="Id">Stable id: <c>root</c>, <c>product:exchange-server</c>, <c>area:exchange-server:XFOR</c>, a hash of the path of answers for question nodes, the article id for leaves.</param>
/// <param name="ParentId">The parent's id; null for the root.</param>
/// <param name="Kind">What the node asks.</param>
/// <param name="Label">What leads here from the parent (a product, an area, "yes", "no", an article's title).</param>
/// <param name="Question">The question asked at the node, null at a leaf.</param>
/// <param name="QuestionKey">The stable id of a yes/no question (<see cref="TreeFeature.Key"/>).</param>
/// <param name="Children">The answers, each leading to a child.</param>
/// <param name="Articles">The number of articles below.</param>
/// <param name="ArticleId">The article of a leaf.</param>
public sealed record TreeNode(
    string Id, string? ParentId, TreeNodeKind Kind, string Label, string? Question, string? QuestionKey,
    ImmutableArray<TreeAnswer> Children, int Articles, string? ArticleId);
