using Newtonsoft.Json.Linq;

namespace KbEngine.Site.Tests;

public sealed class SearchIndexTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    [Fact]
    public void ATermLeadsToItsArticleThroughOneShardAndOneTitleShard()
    {
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "manifest.json")));
        var shards = (JObject)manifest["shards"]!;
        var key = Enumerable.Range(2, "dirsync".Length - 1).Select(n => "dirsync"[..n]).First(k => shards.ContainsKey(k));
        var shard = JObject.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "t", key + ".json")));
        var postings = shard["dirsync"]!.Select(t => (int)t).ToList();
        var perShard = (int)manifest["documentsPerShard"]!;
        var found = new List<string>();
        for (int i = 0, document = 0; i < postings.Count; i += 2)
        {
            document += postings[i];
            var titles = JArray.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "d", $"{document / perShard}.json")));
            found.Add((string)titles[document % perShard]![0]!);
        }

        Assert.Contains("Q199534", found);
    }

    [Fact]
    public void StopWordsAreNotIndexedAndTheBrowserKnowsThem()
    {
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(site.Output, "search", "manifest.json")));
        var stopWords = manifest["stopWords"]!.Select(w => (string)w!).ToList();
        Assert.Contains("the", stopWords);
        Assert.DoesNotContain("the", SearchTermsOf("The MTA Stops"));
        Assert.Equal(["mta", "stops"], SearchTermsOf("The MTA Stops"));
    }

    private static List<string> SearchTermsOf(string text) => [.. KbEngine.Site.Search.SearchTerms.Of(text)];
}
