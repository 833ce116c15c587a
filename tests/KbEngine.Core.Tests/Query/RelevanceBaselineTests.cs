using System.Diagnostics;
using System.Text.RegularExpressions;
using KbEngine.Core.Ingest;
using Xunit.Abstractions;

namespace KbEngine.Core.Tests.Query;

/// <summary>The full archive read once and indexed by the BM25 baseline, shared by the tests that rank over it.</summary>
/// <remarks>
/// Built on first use, so the tests that do not need the archive do not pay for it. An engine
/// ranking measured on the same set can be built here too, beside the baseline.
/// </remarks>
public sealed class RelevanceArchive
{
    private readonly Lazy<Bm25Baseline> _baseline;

    public RelevanceArchive()
    {
        _baseline = new Lazy<Bm25Baseline>(Build);
    }

    /// <summary>The baseline over the whole archive (which must exist).</summary>
    public Bm25Baseline Baseline => _baseline.Value;

    /// <summary>The ids of the archive's articles.</summary>
    public IReadOnlySet<string> Ids { get; private set; } = new HashSet<string>();

    /// <summary>The characters indexed.</summary>
    public long Characters { get; private set; }

    /// <summary>The time to read the archive and take each article's text.</summary>
    public TimeSpan ReadTime { get; private set; }

    /// <summary>The time to build the baseline's index from the texts.</summary>
    public TimeSpan BuildTime { get; private set; }

    private Bm25Baseline Build()
    {
        var clock = Stopwatch.StartNew();
        var articles = ArticleText.ReadAll(new TarGzContentSource(SharedCorpus.ArchivePath!));
        ReadTime = clock.Elapsed;
        clock.Restart();
        var baseline = new Bm25Baseline(articles);
        BuildTime = clock.Elapsed;
        Ids = articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        Characters = articles.Sum(article => (long)article.Text.Length);
        return baseline;
    }
}

/// <summary>
/// The relevance set (<c>RelevanceSet/queries.json</c>) and the plain BM25 baseline's MRR@10 and
/// Recall@1/5/10 on it, over the full archive and over the default content.
/// </summary>
/// <remarks>
/// These tests only check that the measurement is sound; the figures are written to the test
/// output (<c>dotnet test --logger "console;verbosity=detailed"</c>). The engine's ranking is to
/// be added to the same report with <see cref="RelevanceReport.Run"/> and
/// <see cref="RelevanceReport.Format"/>, and must beat the baseline's MRR@10 by 20% (issue 5).
/// </remarks>
public partial class RelevanceBaselineTests(RelevanceArchive archive, ITestOutputHelper output) : IClassFixture<RelevanceArchive>
{
    private static readonly IReadOnlyList<RelevanceQuery> Queries = RelevanceQuery.LoadDefault();

    [Fact]
    public void TheSetHasAtLeastSeventyWellFormedQueries()
    {
        Assert.True(Queries.Count >= 70, $"{Queries.Count} queries");
        Assert.All(Queries, query =>
        {
            Assert.All(query.Expected, id => Assert.Matches(ArticleId(), id));
            Assert.Equal(query.Expected.Count, query.Expected.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(query.Kind, RelevanceQuery.Kinds);
            Assert.InRange(query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, 3, 20);
        });
        Assert.Equal(Queries.Count, Queries.Select(q => q.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Queries.Count, Queries.Select(q => q.Expected[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RelevanceQuery.Kinds, kind => Assert.Contains(Queries, q => q.Kind == kind));
    }

    [Fact]
    public void TheHeldOutSetIsWellFormedAndSharesNoArticleWithTheTunedSet()
    {
        var heldOut = RelevanceQuery.LoadHeldOut();
        var tuned = Queries.SelectMany(q => q.Expected).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(40, heldOut.Count);
        Assert.All(heldOut, query =>
        {
            Assert.All(query.Expected, id => Assert.Matches(ArticleId(), id));
            Assert.Contains(query.Kind, RelevanceQuery.Kinds);
            Assert.DoesNotContain(query.Expected, tuned.Contains);
        });
        Assert.Equal(heldOut.Count, heldOut.Select(q => q.Expected[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AtLeastFifteenQueriesAreAnsweredByTheDefaultContent()
    {
        var ids = DefaultContentIds();

        Assert.True(Queries.Count(q => ids.Contains(q.Expected[0])) >= 15,
            $"{Queries.Count(q => ids.Contains(q.Expected[0]))} queries written from content/kb");
    }

    [Fact]
    public void TheBaselineOnTheDefaultContent()
    {
        var content = ContentSources.Open(Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb"));
        var articles = ArticleText.ReadAll(content);
        var baseline = new Bm25Baseline(articles);
        var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var answerable = Queries.Where(q => q.Expected.Any(ids.Contains)).ToList();

        var run = RelevanceReport.Run(q => baseline.Search(q, RelevanceMetrics.Depth), answerable);

        output.WriteLine($"default content: {baseline.Count} articles, {answerable.Count} queries answered by it");
        output.WriteLine(RelevanceReport.Format([("bm25", run)]));
        output.WriteLine(RelevanceReport.FormatRanks(run));
        AssertSane(run);
    }

    [ArchiveFact]
    public void TheBaselineOnTheFullArchive()
    {
        var baseline = archive.Baseline;
        Assert.Equal(SharedCorpus.ArchiveArticleCount, baseline.Count);
        Assert.Equal<string>([], [.. Queries.SelectMany(q => q.Expected).Where(id => !archive.Ids.Contains(id))]);

        var run = RelevanceReport.Run(q => baseline.Search(q, RelevanceMetrics.Depth), Queries);

        output.WriteLine(
            $"full archive: {baseline.Count:N0} articles, {archive.Characters / 1e6:F0} M characters, {baseline.TermCount:N0} terms; "
            + $"read {archive.ReadTime.TotalSeconds:F1} s, index built {archive.BuildTime.TotalSeconds:F1} s, "
            + $"{run.Elapsed.TotalMilliseconds / run.Results.Count:F1} ms per query");
        output.WriteLine(RelevanceReport.Format([("bm25", run)]));
        output.WriteLine(RelevanceReport.FormatRanks(run));
        AssertSane(run);
    }

    private static void AssertSane(RelevanceRun run)
    {
        var m = run.Metrics;
        Assert.All([m.Mrr10, m.Recall1, m.Recall5, m.Recall10], value => Assert.InRange(value, 0, 1));
        Assert.True(m.Recall1 <= m.Recall5 && m.Recall5 <= m.Recall10 && m.Mrr10 <= m.Recall10, m.ToString());
        Assert.Contains(run.Results, r => r.Rank == 1);
    }

    private static HashSet<string> DefaultContentIds() =>
        ContentSources.Open(Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb")).ArticleIds().ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("^Q[0-9]+$")]
    private static partial Regex ArticleId();
}
