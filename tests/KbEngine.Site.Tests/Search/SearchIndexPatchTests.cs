using KbEngine.Site.Search;
using Newtonsoft.Json.Linq;

namespace KbEngine.Site.Tests.Search;

/// <summary>The hashes that tell an incremental build which search shards an article's change touches.</summary>
public sealed class SearchIndexPatchTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void AnArticlesPostingHashesDependOnItsPostingsNotOnTheirOrder()
    {
        var (terms, shardOf) = Q199534Terms();
        var forward = SearchIndexPatch.PostingHashes(terms, shardOf);
        var backward = SearchIndexPatch.PostingHashes(terms.AsEnumerable().Reverse(), shardOf);

        Assert.True(forward.Count > 10, $"Q199534's words fall in {forward.Count} shards");
        Assert.Equal(forward.OrderBy(p => p.Key, StringComparer.Ordinal), backward.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void AChangedWeightChangesOnlyTheHashOfItsTermsShard()
    {
        var (terms, shardOf) = Q199534Terms();
        var before = SearchIndexPatch.PostingHashes(terms, shardOf);
        var changed = terms.Select(t => t.Term == "dirsync" ? (t.Term, t.Weight + 1) : t).ToArray();
        var after = SearchIndexPatch.PostingHashes(changed, shardOf);

        var differing = before.Keys.Where(shard => before[shard] != after[shard]).ToList();
        Assert.Equal([shardOf("dirsync")], differing);
    }

    [Fact]
    public void AShardsHashIsTheSameWhateverElseTheArticleHolds()
    {
        var (terms, shardOf) = Q199534Terms();
        var shard = shardOf("dirsync");
        var alone = terms.Where(t => shardOf(t.Term) == shard).ToArray();

        Assert.Equal(SearchIndexPatch.PostingHashes(alone, shardOf)[shard], SearchIndexPatch.PostingHashes(terms, shardOf)[shard]);
    }

    /// <summary>Q199534's words, weighted by how often they occur, and the default site's shards.</summary>
    private ((string Term, int Weight)[] Terms, Func<string, string> ShardOf) Q199534Terms()
    {
        var text = File.ReadAllText(Path.Combine(SiteFixture.FixturesFolder, "Q199534.md"));
        var terms = SearchTerms.Of(text).GroupBy(t => t, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToArray();
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "manifest.json")));
        var shards = ((JObject)manifest["shards"]!).Properties().ToDictionary(p => p.Name, p => (int)p.Value, StringComparer.Ordinal);
        return (terms, term => SearchIndexPatch.ShardFor(term, shards));
    }
}
