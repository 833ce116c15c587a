using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>The seed copy of Q199534 (no <c>{% raw %}</c> wrapper) and the archive copy say the same thing.</summary>
public class SeedFormTests
{
    private static readonly Article Archive = FixtureArticles.Article("Q199534");
    private static readonly Article Seed = FixtureArticles.Article("Q199534.seed");

    private static IEnumerable<string> Outline(Article article) =>
        ArticleWalk.Sections(article).SelectMany(section =>
            new[] { "# " + section.Heading }.Concat(section.Blocks.SelectMany(block => Outline(block, 0))));

    private static IEnumerable<string> Outline(Block block, int depth) =>
        new[] { $"{new string(' ', depth)}{block.Kind}: {block.Text}" }
            .Concat(block.Children.SelectMany(child => Outline(child, depth + 1)));

    [Fact]
    public void BothFormsHaveTheSameSectionsAndBlocks()
    {
        Assert.Equal(Outline(Archive), Outline(Seed));
        Assert.Equal<string?>(["SYMPTOMS", "CAUSE", "RESOLUTION", "MORE INFORMATION"], Seed.Sections.Select(section => section.Heading));
    }

    [Fact]
    public void BothFormsHaveTheSameHeaderAppliesToReferencesAndTrailer()
    {
        Assert.Equal(Archive.Id, Seed.Id);
        Assert.Equal(Archive.Title, Seed.Title);
        Assert.Equal(Archive.Area, Seed.Area);
        Assert.Equal(Archive.Products.AsEnumerable(), Seed.Products);
        Assert.Equal(Archive.Versions.Raw, Seed.Versions.Raw);
        Assert.Equal(Archive.Versions.Entries.AsEnumerable(), Seed.Versions.Entries);
        Assert.Equal(Archive.Keywords.AsEnumerable(), Seed.Keywords);
        Assert.Equal(Archive.LastModified, Seed.LastModified);
        Assert.Equal(Archive.AppliesTo.Select(entry => entry.Text), Seed.AppliesTo.Select(entry => entry.Text));
        Assert.Equal(Archive.References.Select(reference => (reference.Id, reference.Title)), Seed.References.Select(reference => (reference.Id, reference.Title)));
        Assert.Equal(Archive.Technology.AsEnumerable(), Seed.Technology);
        Assert.Equal(Archive.IssueType, Seed.IssueType);
        Assert.Equal(Archive.AdditionalQueryWords, Seed.AdditionalQueryWords);
    }

    [Fact]
    public void EveryBlockOfTheSeedIsOneLineAboveTheSameBlockOfTheArchive()
    {
        var archive = ArticleWalk.Blocks(Archive).ToList();
        var seed = ArticleWalk.Blocks(Seed).ToList();

        Assert.Equal(archive.Count, seed.Count);
        Assert.All(archive.Zip(seed), pair =>
        {
            Assert.Equal(pair.First.Span.Line - 1, pair.Second.Span.Line);
            Assert.Equal(pair.First.Span.EndLine - 1, pair.Second.Span.EndLine);
        });
    }
}
