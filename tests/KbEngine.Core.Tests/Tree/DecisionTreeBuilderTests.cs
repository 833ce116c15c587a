using KbEngine.Core.Tests.Compilation;
using KbEngine.Core.Tree;

namespace KbEngine.Core.Tests.Tree;

public class DecisionTreeBuilderTests(CompiledFixtures compiled) : IClassFixture<CompiledFixtures>
{
    private DecisionTree Tree => compiled.KnowledgeBase.Tree;

    [Fact]
    public void EveryArticleIsExactlyOneLeaf()
    {
        var leaves = Tree.Nodes.Where(n => n.Kind == TreeNodeKind.Leaf).Select(n => n.ArticleId!).ToList();

        Assert.Equal<string>(compiled.KnowledgeBase.ArticleIds().Order(StringComparer.Ordinal), leaves.Order(StringComparer.Ordinal));
        Assert.Equal(leaves.Count, Tree.Root.Articles);
    }

    [Fact]
    public void TheRootAsksForTheProductAndYesNoAnswersSplitTheArticles()
    {
        Assert.Equal(TreeNodeKind.Root, Tree.Root.Kind);
        Assert.All(Tree.Root.Children, answer => Assert.Equal(TreeNodeKind.Product, Tree.Node(answer.NodeId)!.Kind));
        foreach (var node in Tree.Nodes.Where(n => n.QuestionKey is not null))
        {
            Assert.Equal<string>(["yes", "no"], node.Children.Select(c => c.Label));
            Assert.Equal(node.Articles, node.Children.Sum(c => c.Articles));
            Assert.All(node.Children, c => Assert.True(c.Articles > 0));
        }
    }

    [Fact]
    public void Q199534IsReachedThroughExchangeServer()
    {
        var path = new List<TreeNode>();
        for (var node = Tree.Node("Q199534"); node is not null; node = node.ParentId is null ? null : Tree.Node(node.ParentId))
        {
            path.Insert(0, node);
        }

        Assert.Equal("root", path[0].Id);
        Assert.Equal("product:exchange-server", path[1].Id);
        Assert.Equal(TreeNodeKind.Leaf, path[^1].Kind);
    }

    [Fact]
    public void StatisticsAreAtLeastTheLowerBound()
    {
        var stats = Tree.Statistics;

        Assert.Equal(compiled.Report.Articles, stats.Leaves);
        Assert.Equal(Math.Log2(stats.Leaves), stats.LowerBound, 6);
        Assert.True(stats.AverageQuestions >= 1);
        Assert.True(stats.WorstQuestions >= stats.AverageQuestions);
    }

    [Fact]
    public void BuildingTwiceGivesTheSameIds()
    {
        var leaves = compiled.KnowledgeBase.ReadAll().Select(pair => TreeLeaf.Of(pair.Article, pair.Knowledge)).ToList();

        var again = DecisionTreeBuilder.Build(leaves);

        Assert.Equal<string>(Tree.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), again.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
    }
}
