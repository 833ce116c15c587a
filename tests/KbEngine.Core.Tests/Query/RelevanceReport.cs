using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KbEngine.Core.Tests.Query;

/// <summary>One query of a run: the ranking a search gave and where the answer was.</summary>
/// <param name="Query">The query.</param>
/// <param name="Ranked">The ids the search returned, best first (at most <see cref="RelevanceMetrics.Depth"/>).</param>
/// <param name="Rank">The 1-based rank of the first expected id, or null when it is not in <paramref name="Ranked"/>.</param>
public sealed record RelevanceResult(RelevanceQuery Query, IReadOnlyList<string> Ranked, int? Rank);

/// <summary>A search measured on a relevance set.</summary>
/// <param name="Metrics">The metrics over every query.</param>
/// <param name="Results">Each query's ranking and rank.</param>
/// <param name="Elapsed">The time spent in the search calls.</param>
public sealed record RelevanceRun(RelevanceMetrics Metrics, IReadOnlyList<RelevanceResult> Results, TimeSpan Elapsed)
{
    /// <summary>The metrics over the queries of one kind, or null when there are none.</summary>
    public RelevanceMetrics? ForKind(string kind)
    {
        var ranks = Results.Where(r => r.Query.Kind == kind).Select(r => r.Rank).ToList();
        return ranks.Count == 0 ? null : RelevanceMetrics.FromRanks(ranks);
    }
}

/// <summary>
/// Runs a search over the relevance set and reports MRR@10 and Recall@1/5/10, so that several
/// rankings (the BM25 baseline, the engine's <c>kb query</c>) can be compared side by side.
/// </summary>
/// <example>
/// <code>
/// var queries = RelevanceQuery.LoadDefault();
/// var baseline = RelevanceReport.Run(q => bm25.Search(q, 10), queries);
/// var engine = RelevanceReport.Run(q => index.Query(q, 10).Select(h => h.Id).ToList(), queries);
/// output.WriteLine(RelevanceReport.Format([("bm25", baseline), ("engine", engine)]));
/// </code>
/// </example>
public static class RelevanceReport
{
    /// <summary>Asks <paramref name="search"/> every query and measures its first <see cref="RelevanceMetrics.Depth"/> results.</summary>
    /// <param name="search">The ranking under test: query text to ids, best first.</param>
    /// <param name="queries">The relevance set.</param>
    public static RelevanceRun Run(Func<string, IReadOnlyList<string>> search, IEnumerable<RelevanceQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(queries);
        var results = new List<RelevanceResult>();
        var clock = new Stopwatch();
        foreach (var query in queries)
        {
            clock.Start();
            var ranked = search(query.Text);
            clock.Stop();
            var top = ranked.Take(RelevanceMetrics.Depth).ToList();
            results.Add(new RelevanceResult(query, top, RelevanceMetrics.FirstRelevantRank(top, query.Expected)));
        }

        return new RelevanceRun(RelevanceMetrics.FromRanks(results.Select(r => r.Rank)), results, clock.Elapsed);
    }

    /// <summary>A table of the runs side by side, overall and by kind of query, then the relative MRR@10 of each run against the first.</summary>
    public static string Format(IReadOnlyList<(string Name, RelevanceRun Run)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var text = new StringBuilder();
        var width = Math.Max(8, runs.Max(r => r.Name.Length));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"ranking".PadRight(width)}  {"queries",7}  {"MRR@10",6}  {"R@1",5}  {"R@5",5}  {"R@10",5}  {"ms/query",8}");
        foreach (var (name, run) in runs)
        {
            var m = run.Metrics;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{name.PadRight(width)}  {m.Queries,7}  {m.Mrr10,6:F3}  {m.Recall1,5:F3}  {m.Recall5,5:F3}  {m.Recall10,5:F3}  {run.Elapsed.TotalMilliseconds / m.Queries,8:F2}");
        }

        foreach (var kind in RelevanceQuery.Kinds)
        {
            foreach (var (name, run) in runs)
            {
                if (run.ForKind(kind) is { } m)
                {
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"{("  " + kind + " / " + name).PadRight(width)}  {m.Queries,7}  {m.Mrr10,6:F3}  {m.Recall1,5:F3}  {m.Recall5,5:F3}  {m.Recall10,5:F3}");
                }
            }
        }

        if (runs.Count > 1 && runs[0].Run.Metrics.Mrr10 > 0)
        {
            foreach (var (name, run) in runs.Skip(1))
            {
                var relative = (run.Metrics.Mrr10 / runs[0].Run.Metrics.Mrr10) - 1;
                text.AppendLine(CultureInfo.InvariantCulture, $"{name} against {runs[0].Name}: MRR@10 {relative:+0.0%;-0.0%}");
            }
        }

        return text.ToString();
    }

    /// <summary>One line per query: the rank of its answer (or '-') and the query.</summary>
    public static string FormatRanks(RelevanceRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        foreach (var result in run.Results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{(result.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "-"),3}  {result.Query.Expected[0],-8} {result.Query.Kind,-12} {result.Query.Text}");
        }

        return text.ToString();
    }
}
