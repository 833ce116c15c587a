using KbEngine.Core.Compilation;
using KbEngine.Core.Tests;
using KbEngine.Site.Output;

namespace KbEngine.Site.Tests;

/// <summary>
/// A build after the knowledge base was updated in place renders only what depends on the changed
/// articles, and must leave exactly the site a full build would.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _content;
    private readonly string _knowledgeBase;
    private readonly string _site;

    public IncrementalBuildTests()
    {
        _content = SiteFixture.CopyFixtures(_folder);
        _knowledgeBase = Path.Combine(_folder.Path, "kb.kbdb");
        _site = Path.Combine(_folder.Path, "site");
        KnowledgeBaseCompiler.Default.Compile(_content, _knowledgeBase);
        Build(_site);
    }

    [Fact]
    public void ABuildWithNothingChangedRendersNothingAndWritesNothing()
    {
        var report = Build(_site);

        Assert.True(report.Incremental);
        Assert.Equal(0, report.Pages);
        Assert.Equal(0, report.Written);
        Assert.Empty(report.BrokenLinks);
    }

    [Theory]
    [InlineData("Q199534.md", "Mail disappears, and no", "Mail vanishes silently, and no")] // body: its page, its shards
    [InlineData("Q199534.md", "Remote Exchange Sites", "Remote Exchange Sites Over X.400")] // title: pages that cite it, lists, tree
    [InlineData("Q199534.md", "Q148389", "Q144930")] // what it cites: "cited by" moves from one page to another
    [InlineData("Q199534.md", "XFOR:", "XADM:")] // its problem area: it leaves one area's list for another's, and the tree moves it
    public void AfterOneArticleChangedTheSiteIsWhatAFullBuildMakes(string file, string before, string after)
    {
        var path = Path.Combine(_content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
        Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);

        var report = Build(_site);
        var full = Path.Combine(_folder.Path, "full");
        var fullReport = Build(full);

        Assert.True(report.Incremental);
        Assert.False(fullReport.Incremental);
        Assert.InRange(report.Pages, 1, fullReport.Pages - 1);
        Assert.Empty(report.BrokenLinks);
        Assert.Equal(Files(full), Files(_site));
    }

    [Fact]
    public void AfterATitleChangedOnlyItsPagesThoseThatCiteItAndItsListsAreRenderedNotTheIndexesThatCountThem()
    {
        var path = Path.Combine(_content, "Q199534.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Remote Exchange Sites", "Remote Exchange Sites Over X.400", StringComparison.Ordinal));
        Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);
        int expected;
        using (var knowledgeBase = KnowledgeBase.Open(_knowledgeBase))
        {
            var summary = knowledgeBase.Summary("Q199534")!;
            var article = knowledgeBase.FindArticle("Q199534")!;
            var articles = knowledgeBase.Citations([summary.Document])[summary.Document].Where(id => knowledgeBase.DocumentOf(id) is not null)
                .Concat(knowledgeBase.CitedBy("Q199534")).Append("Q199534").Distinct(StringComparer.Ordinal).Count();
            var lists = IndexPages.ListsOf(summary).Length + ArchiveIndexes.Embedded.Of(article).Count();
            Assert.InRange(lists, 2, 10);
            expected = articles + lists;
        }

        var report = Build(_site);

        Assert.True(report.Incremental);
        Assert.Equal(expected, report.Pages); // home, browse and failures count the lists' articles, which did not change
        var full = Path.Combine(_folder.Path, "full");
        Build(full);
        Assert.Equal(Files(full), Files(_site));
    }

    [Theory]
    [InlineData("Remote Exchange Sites", "Remote Exchange Sites Over X.400")] // title: only the pages that show it
    [InlineData("XFOR:", "XADM:")] // problem area: lists gain and lose an article, their pages shift, some come or go
    [InlineData("Mail disappears, and no", "Mail vanishes silently, and no")] // body: no list page
    public void WhenListsAreSplitIntoPagesTheSiteAfterAChangeIsWhatAFullBuildMakes(string before, string after)
    {
        const int PageSize = 2; // every list of more than two articles has pages
        var site = Path.Combine(_folder.Path, "paged");
        Build(site, pageSize: PageSize);
        var path = Path.Combine(_content, "Q199534.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace(before, after, StringComparison.Ordinal));
        Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);

        var report = Build(site, pageSize: PageSize);
        var full = Path.Combine(_folder.Path, "paged-full");
        Build(full, pageSize: PageSize);

        Assert.True(report.Incremental);
        Assert.Empty(report.BrokenLinks);
        Assert.Contains(Files(full).Keys, f => f.Contains("page", StringComparison.Ordinal) && f.StartsWith("areas", StringComparison.Ordinal));
        Assert.Equal(Files(full), Files(site));
    }

    [Fact]
    public void AfterATitleChangedOnlyThePageOfEachListThatShowsItIsRendered()
    {
        const int PageSize = 2;
        var site = Path.Combine(_folder.Path, "paged");
        Build(site, pageSize: PageSize);
        var path = Path.Combine(_content, "Q199534.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Remote Exchange Sites", "Remote Exchange Sites Over X.400", StringComparison.Ordinal));
        Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);
        int articles, lists;
        using (var knowledgeBase = KnowledgeBase.Open(_knowledgeBase))
        {
            var summary = knowledgeBase.Summary("Q199534")!;
            var article = knowledgeBase.FindArticle("Q199534")!;
            articles = knowledgeBase.Citations([summary.Document])[summary.Document].Where(id => knowledgeBase.DocumentOf(id) is not null)
                .Concat(knowledgeBase.CitedBy("Q199534")).Append("Q199534").Distinct(StringComparer.Ordinal).Count();
            lists = IndexPages.ListsOf(summary).Length + ArchiveIndexes.Embedded.Of(article).Count();
        }

        var before = Files(site);
        var report = Build(site, pageSize: PageSize);
        var after = Files(site);

        Assert.True(report.Incremental);
        Assert.Equal(articles + lists, report.Pages); // one page per list, however many pages it has
        var listPages = after.Keys.Where(f => f.Contains("page", StringComparison.Ordinal) && before[f] != after[f]).ToList();
        Assert.All(listPages, f => Assert.Contains("Q199534", File.ReadAllText(Path.Combine(site, f)), StringComparison.Ordinal));
        Assert.Contains(before.Keys, f => f.StartsWith(Path.Combine("types", "kbbug", "page"), StringComparison.Ordinal));
        var full = Path.Combine(_folder.Path, "paged-full");
        Build(full, pageSize: PageSize);
        Assert.Equal(Files(full), after);
    }

    [Fact]
    public void ASecondChangeBuildsOnWhatTheFirstLeftAndStillGivesWhatAFullBuildMakes()
    {
        // The state the first incremental build leaves (search shards, listings, places) is what the second one compares with.
        var path = Path.Combine(_content, "Q199534.md");
        var original = File.ReadAllText(path);
        string[] versions = [original.Replace("Remote Exchange Sites", "Remote Exchange Sites Over X.400", StringComparison.Ordinal), original];
        for (var i = 0; i < versions.Length; i++)
        {
            var text = versions[i];
            File.WriteAllText(path, text.Replace("Mail disappears, and no", "Mail vanishes silently, and no", StringComparison.Ordinal));
            Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);

            var report = Build(_site);
            var full = Path.Combine(_folder.Path, $"full-{i}");
            Build(full);

            Assert.True(report.Incremental);
            Assert.Equal(Files(full), Files(_site));
        }
    }

    [Fact]
    public void WithAnEstateTheNextBuildIsIncrementalAndGivesWhatAFullBuildMakes()
    {
        var estate = Path.Combine(_folder.Path, "estate");
        Build(estate, SiteFixture.ContosoEstate());
        var path = Path.Combine(_content, "Q199534.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Mail disappears, and no", "Mail vanishes silently, and no", StringComparison.Ordinal));
        Assert.True(KnowledgeBaseCompiler.Default.Update(_content, _knowledgeBase).Updated);

        // A topology read again is a new object whose attribute maps enumerate in another order: still the same estate.
        var report = Build(estate, SiteFixture.ContosoEstate());
        var full = Path.Combine(_folder.Path, "estate-full");
        Build(full, SiteFixture.ContosoEstate());

        Assert.True(report.Incremental);
        Assert.Empty(report.BrokenLinks);
        Assert.Equal(Files(full), Files(estate));
    }

    [Fact]
    public void AnInterruptedCommitMakesTheNextBuildAFullOne()
    {
        File.WriteAllText(SiteState.PathFor(_site) + ".journal", "interrupted");
        File.Delete(Path.Combine(_site, "kb", "199", "Q199534", "index.html"));

        var report = Build(_site);

        Assert.False(report.Incremental);
        Assert.True(File.Exists(Path.Combine(_site, "kb", "199", "Q199534", "index.html")));
        Assert.False(File.Exists(SiteState.PathFor(_site) + ".journal"));
    }

    public void Dispose() => _folder.Dispose();

    private SiteReport Build(string output, SiteEstate? estate = null, int pageSize = 500)
    {
        using var knowledgeBase = KnowledgeBase.Open(_knowledgeBase);
        return SiteBuilder.Build(knowledgeBase, SiteFixture.Options(output) with { Estate = estate, ListPageSize = pageSize });
    }

    private static SortedDictionary<string, string> Files(string site) =>
        new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(site, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
