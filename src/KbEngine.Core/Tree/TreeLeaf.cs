using System.Collections.Immutable;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Core.Query;

namespace KbEngine.Core.Tree;

/// <summary>What the decision tree knows of one article: where it belongs and the yes/no facts that tell it from others.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Product">The product it is filed under (the first catalog product it applies to).</param>
/// <param name="ProductName">The product's name.</param>
/// <param name="Area">The problem area: the title's area code (XFOR, XADM…), else the issue type, else <c>general</c>.</param>
/// <param name="Features">The facts that hold for the article, each a question whose answer is yes for it.</param>
public sealed record TreeLeaf(string ArticleId, string Title, string Product, string ProductName, string Area, ImmutableArray<TreeFeature> Features)
{
    /// <summary>The leaf of an article.</summary>
    public static TreeLeaf Of(Article article, KnowledgeRecord knowledge)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knowledge);
        var product = knowledge.Applicability.Products.FirstOrDefault(p => p.ProductId is not null);
        var features = new Dictionary<string, TreeFeature>(StringComparer.Ordinal);
        void Add(TreeFeature feature) => features.TryAdd(feature.Key, feature);

        foreach (var version in knowledge.Applicability.Products.Where(p => p.ProductId is not null && p.Version is not null))
        {
            Add(TreeFeature.Version(version.ProductId!, version.Product, version.Version!));
        }

        if (!knowledge.ErrorMessages.IsEmpty)
        {
            Add(TreeFeature.ErrorMessage);
        }

        foreach (var message in knowledge.ErrorMessages.Where(m => m.EventId is not null))
        {
            Add(TreeFeature.Event(message.EventId!.Value, message.Source));
        }

        foreach (var condition in knowledge.Conditions.Where(c => c.Binding is not null))
        {
            Add(TreeFeature.Condition(condition.Binding!.Key, condition.Question));
        }

        // The title's words (its area code and product words aside) are what a person recognises.
        var skip = new HashSet<string>(TextAnalyzer.Default.Terms($"{article.Area} {product?.Product}"), StringComparer.Ordinal);
        foreach (var word in TextAnalyzer.Words(TitleText(article)))
        {
            var term = TextAnalyzer.Default.Terms(word);
            if (term.Count == 1 && term[0].Length > 2 && !skip.Contains(term[0]) && !term[0].All(char.IsAsciiDigit))
            {
                Add(TreeFeature.Word(term[0], word));
            }
        }

        return new TreeLeaf(
            article.Id,
            article.Title,
            product?.ProductId ?? "unknown",
            product?.Product ?? "Other products",
            article.Area?.ToUpperInvariant() ?? article.IssueType?.ToLowerInvariant() ?? "general",
            [.. features.Values.OrderBy(f => f.Key, StringComparer.Ordinal)]);
    }

    private static string TitleText(Article article)
    {
        var title = article.Title;
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < 12 && title.StartsWith(article.Id, StringComparison.OrdinalIgnoreCase) ? title[(colon + 1)..] : title;
    }
}
