using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Ingest;

public class CorpusReaderTests
{
    [Fact]
    public void ResultsComeBackInSourceOrderAndABadFileDoesNotStopTheBatch()
    {
        using var folder = new TemporaryFolder();
        var names = FixtureArticles.All().Where(name => !name.Contains('.', StringComparison.Ordinal)).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            folder.Write($"{i:D3}/{names[i]}/README.md", File.ReadAllBytes(FixtureArticles.PathOf(names[i])));
        }

        folder.Write("010/broken/README.md", [0, 1, 2, 3]);

        var results = CorpusReader.ReadAll(ContentSources.Open(folder.Path), KbPipeline.Default).ToList();

        Assert.Equal(names.Count + 1, results.Count);
        Assert.Equal(results.Select(r => r.Path).Order(StringComparer.Ordinal), results.Select(r => r.Path));
        var broken = Assert.Single(results, r => !r.Succeeded);
        Assert.EndsWith("broken/README.md", broken.Path, StringComparison.Ordinal);
        Assert.Equal(names.Order(StringComparer.Ordinal), results.Where(r => r.Succeeded).Select(r => r.Article!.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACorruptArchiveThrowsAfterTheArticlesReadBeforeTheDamage()
    {
        using var folder = new TemporaryFolder();
        var archive = folder.WriteTarGz("kb.tar.gz",
        [
            ("kb/199/Q199534/README.md", File.ReadAllBytes(FixtureArticles.PathOf("Q199534"))),
            ("kb/256/Q256350/README.md", new byte[200_000]),
        ]);
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, bytes[..(bytes.Length * 2 / 3)]);

        var read = new List<string>();
        var failure = Record.Exception(() =>
        {
            foreach (var result in CorpusReader.ReadAll(ContentSources.Open(archive), KbPipeline.Default))
            {
                read.Add(result.Path);
            }
        });

        Assert.NotNull(failure);
        Assert.Equal([$"{archive}!kb/199/Q199534/README.md"], read);
    }

    [Fact]
    public void AConsumerThatStopsEarlyEndsTheReadCleanly()
    {
        using var folder = new TemporaryFolder();
        var article = File.ReadAllBytes(FixtureArticles.PathOf("Q199534"));
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"{i:D3}/Q{199000 + i}/README.md", article);
        }

        var firstTen = CorpusReader.ReadAll(ContentSources.Open(folder.Path), KbPipeline.Default).Take(10).ToList();
        var again = CorpusReader.ReadAll(ContentSources.Open(folder.Path), KbPipeline.Default).Take(1).ToList();

        Assert.Equal(10, firstTen.Count);
        Assert.All(firstTen, result => Assert.True(result.Succeeded));
        Assert.Single(again);
    }
}
