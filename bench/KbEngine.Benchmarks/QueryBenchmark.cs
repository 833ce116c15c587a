using System.Diagnostics;
using KbEngine.Core.Compilation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Query;

namespace KbEngine.Benchmarks;

/// <summary>
/// <c>query KBDB</c>: opens a compiled knowledge base once, warms up, then times
/// <see cref="SymptomSearch.Search"/> over a fixed list of queries for several rounds, and reports
/// each query's median, p90 and max. Beside it, the BM25F ranking alone (<see cref="IndexRanking"/>),
/// so the share of the re-ranking shows. Issue 5's target: warm median under 5 ms.
/// </summary>
internal static class QueryBenchmark
{
    public const double TargetMilliseconds = 5;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Count < 1)
        {
            output.WriteLine("usage: KbEngine.Benchmarks query KBDB [--rounds N] [--queries FILE] [--limit N]");
            return 2;
        }

        var rounds = Measure.IntOption(args, "--rounds", 10);
        var (queries, source) = QuerySet.Load(args);
        output.WriteLine(Measure.F($"queries: {queries.Count} from {source}; {rounds} rounds after a warm-up; {Measure.Load()}"));

        var started = Stopwatch.GetTimestamp();
        using var knowledgeBase = KnowledgeBase.Open(args[0]);
        var openMs = Measure.Milliseconds(started);
        started = Stopwatch.GetTimestamp();
        _ = knowledgeBase.SearchIndex;
        var indexMs = Measure.Milliseconds(started);
        var search = new SymptomSearch(knowledgeBase, TextAnalyzer.Default, KnowledgeData.Embedded.Catalog);
        started = Stopwatch.GetTimestamp();
        search.Search(queries[0].Text);
        var firstMs = Measure.Milliseconds(started);
        output.WriteLine(Measure.F($"open {openMs:F1} ms, search index (lengths) {indexMs:F1} ms, first query in this process (JIT included) {firstMs:F1} ms; {knowledgeBase.ArticleCount:N0} articles"));

        foreach (var query in queries)
        {
            search.Search(query.Text);
            IndexRanking.Top(knowledgeBase, TextAnalyzer.Default, query.Text);
        }

        var full = queries.Select(_ => new List<double>(rounds)).ToList();
        var fullCpu = queries.Select(_ => new List<double>(rounds)).ToList();
        var rankingOnly = queries.Select(_ => new List<double>(rounds)).ToList();
        var rankingCpu = queries.Select(_ => new List<double>(rounds)).ToList();
        var stages = new double[IndexRanking.Stages.Length];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var round = 0; round < rounds; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var cpu = Measure.ThreadCpuMilliseconds();
                started = Stopwatch.GetTimestamp();
                search.Search(queries[q].Text);
                full[q].Add(Measure.Milliseconds(started));
                fullCpu[q].Add(Measure.ThreadCpuMilliseconds() - cpu);
                cpu = Measure.ThreadCpuMilliseconds();
                started = Stopwatch.GetTimestamp();
                IndexRanking.Top(knowledgeBase, TextAnalyzer.Default, queries[q].Text, stages: stages);
                rankingOnly[q].Add(Measure.Milliseconds(started));
                rankingCpu[q].Add(Measure.ThreadCpuMilliseconds() - cpu);
            }
        }

        var allocatedPerQuery = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)(rounds * queries.Count);

        output.WriteLine();
        output.WriteLine("        SymptomSearch.Search, wall ms       │ bm25f only │ (postings: the documents of all the query's terms, read and decoded per query)");
        output.WriteLine("   #   median      p90      max  cpu med │ wall   cpu │ postings │ hits  top hit   query");
        for (var q = 0; q < queries.Count; q++)
        {
            var result = search.Search(queries[q].Text);
            var text = queries[q].Text.Length > 70 ? queries[q].Text[..69] + "…" : queries[q].Text;
            output.WriteLine(Measure.F(
                $"{q + 1,4} {Measure.Median(full[q]),8:F2} {Measure.Percentile(full[q], 90),8:F2} {full[q].Max(),8:F2} {Measure.Median(fullCpu[q]),8:F2} │ {Measure.Median(rankingOnly[q]),5:F2} {Measure.Median(rankingCpu[q]),5:F2} │ {Postings(knowledgeBase, queries[q].Text),8:N0} │ {result.Hits.Length,4}  {result.Hits.FirstOrDefault()?.Id ?? "-",-8}  {text}"));
        }

        var samples = full.SelectMany(s => s).ToList();
        var rankingSamples = rankingOnly.SelectMany(s => s).ToList();
        var medians = full.Select(Measure.Median).ToList();
        var cpuSamples = fullCpu.SelectMany(s => s).ToList();
        var rankingCpuSamples = rankingCpu.SelectMany(s => s).ToList();
        output.WriteLine();
        output.WriteLine(Measure.F($"SymptomSearch.Search, all {samples.Count} timings: median {Measure.Median(samples):F2} ms, p90 {Measure.Percentile(samples, 90):F2} ms, max {samples.Max():F2} ms; median of the per-query medians {Measure.Median(medians):F2} ms (target < {TargetMilliseconds} ms: {(Measure.Median(samples) < TargetMilliseconds ? "met" : "MISSED")})"));
        output.WriteLine(Measure.F($"  the same as this thread's CPU time (what an idle machine would show): median {Measure.Median(cpuSamples):F2} ms, p90 {Measure.Percentile(cpuSamples, 90):F2} ms, max {cpuSamples.Max():F2} ms"));
        output.WriteLine(Measure.F($"BM25F ranking alone (top {SymptomSearch.Candidates}), CPU: median {Measure.Median(rankingCpuSamples):F2} ms, p90 {Measure.Percentile(rankingCpuSamples, 90):F2} ms"));
        output.WriteLine(Measure.F($"BM25F ranking alone (top {SymptomSearch.Candidates}), wall:  median {Measure.Median(rankingSamples):F2} ms, p90 {Measure.Percentile(rankingSamples, 90):F2} ms, max {rankingSamples.Max():F2} ms"));
        output.WriteLine(Measure.F($"  where the ranking's time goes (mean per query): {string.Join(", ", IndexRanking.Stages.Zip(stages, (name, ms) => Measure.F($"{name} {ms / (rounds * queries.Count):F2} ms")))}"));
        output.WriteLine(Measure.F($"  the re-ranking after it (mean per query, search minus ranking): {(samples.Sum() - rankingSamples.Sum()) / samples.Count:F2} ms"));
        output.WriteLine(Measure.F($"allocated per query (search + ranking alone) {allocatedPerQuery / 1e6:F2} MB; peak working set {Measure.PeakWorkingSetMegabytes():F0} MB"));
        var slow = Enumerable.Range(0, queries.Count).Where(q => medians[q] >= TargetMilliseconds).OrderByDescending(q => Measure.Median(fullCpu[q])).ToList();
        output.WriteLine(slow.Count == 0
            ? Measure.F($"no query has a median of {TargetMilliseconds} ms or more")
            : Measure.F($"{slow.Count} queries with a wall median of {TargetMilliseconds} ms or more; the slowest by CPU time:"));
        foreach (var q in slow.Take(10))
        {
            output.WriteLine(Measure.F($"  #{q + 1} {medians[q]:F2} ms wall, {Measure.Median(fullCpu[q]):F2} ms cpu (bm25f alone {Measure.Median(rankingOnly[q]):F2} ms): {queries[q].Text}"));
        }

        return 0;
    }

    /// <summary>The sum of the query's distinct terms' document frequencies: how many postings a query decodes and scores.</summary>
    private static int Postings(KnowledgeBase knowledgeBase, string text) =>
        TextAnalyzer.Default.Terms(text).Distinct(StringComparer.Ordinal).Sum(term => knowledgeBase.SearchIndex.Postings(term).Count);
}
