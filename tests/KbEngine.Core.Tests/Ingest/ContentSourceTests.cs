using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Ingest;

public class ContentSourceTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(FixtureArticles.PathOf("Q199534"));
    private static readonly byte[] Other = File.ReadAllBytes(FixtureArticles.PathOf("Q256350"));

    [Fact]
    public void AFolderYieldsItsArticlesAtAnyDepthInPathOrder()
    {
        using var folder = new TemporaryFolder();
        folder.Write("256/Q256350/README.md", Other);
        folder.Write("199/Q199534/README.md", Seed);
        folder.Write("notes.txt", "not an article");

        var paths = ContentSources.Open(folder.Path).ReadDocuments().Select(d => Path.GetRelativePath(folder.Path, d.Path));

        Assert.Equal(["199/Q199534/README.md", "256/Q256350/README.md"], paths);
    }

    [Fact]
    public void AFolderWithTheArchiveLayoutYieldsOnlyTheArticlesUnderKb()
    {
        using var folder = new TemporaryFolder();
        folder.Write("kb/199/Q199534/README.md", Seed);
        folder.Write("id/exchange/README.md", "# Microsoft Exchange\n");

        var documents = ContentSources.Open(folder.Path).ReadDocuments().ToList();

        Assert.EndsWith("Q199534/README.md", Assert.Single(documents).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArchiveIsStreamedAndItsIndexPagesAreSkipped()
    {
        using var folder = new TemporaryFolder();
        var archive = folder.WriteTarGz("kb.tar.gz",
        [
            ("kb/199/Q199534/README.md", Seed),
            ("id/exchange/README.md", "# Microsoft Exchange\n"u8.ToArray()),
            ("kb/256/Q256350/README.md", Other),
        ]);

        var documents = ContentSources.Open(archive).ReadDocuments().ToList();

        Assert.Equal([$"{archive}!kb/199/Q199534/README.md", $"{archive}!kb/256/Q256350/README.md"], documents.Select(d => d.Path));
        Assert.Equal(Other, documents[1].Content.ToArray());
    }

    [Fact]
    public void FindArticleUsesTheArchiveLayoutInAFolderAndAnArchive()
    {
        using var folder = new TemporaryFolder();
        folder.Write("kb/256/Q256350/README.md", Other);
        var archive = folder.WriteTarGz("kb.tar.gz", [("kb/199/Q199534/README.md", Seed), ("kb/256/Q256350/README.md", Other)]);

        Assert.Equal(Other, ContentSources.Open(folder.Path).FindArticle("Q256350")!.Content.ToArray());
        Assert.Equal(Seed, ContentSources.Open(archive).FindArticle("Q199534")!.Content.ToArray());
        Assert.Null(ContentSources.Open(archive).FindArticle("Q1"));
    }

    [Fact]
    public void OpeningSomethingThatIsNeitherAFolderNorAnArchiveSaysWhatWasExpected()
    {
        using var folder = new TemporaryFolder();
        var text = folder.Write("list.txt", "Q199534");

        var notAnArchive = Assert.Throws<ArgumentException>(() => ContentSources.Open(text));
        var missing = Assert.Throws<ArgumentException>(() => ContentSources.Open(Path.Combine(folder.Path, "absent")));

        Assert.Contains("expected a folder of articles, a .tar.gz archive or a compiled .kbdb knowledge base", notAnArchive.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
    }
}
