namespace KbEngine.Core.Tests.Query;

/// <summary>Ranking quality over a set of queries: MRR@10 and Recall@1, @5 and @10.</summary>
/// <remarks>
/// The expected ids of a query are alternatives: each one answers it, so a query is answered at
/// the rank of the first expected id in its ranking. Recall@k is the share of queries answered
/// within the first k results (with one relevant article per query this is also the hit rate,
/// success@k). MRR@10 is the mean over queries of 1 / rank when rank ≤ 10, else 0. Ids are
/// compared ordinally; a ranking may be longer or shorter than 10.
/// </remarks>
/// <param name="Queries">The number of queries measured.</param>
/// <param name="Mrr10">Mean reciprocal rank, cut at 10.</param>
/// <param name="Recall1">Share of queries answered at rank 1.</param>
/// <param name="Recall5">Share of queries answered within rank 5.</param>
/// <param name="Recall10">Share of queries answered within rank 10.</param>
public sealed record RelevanceMetrics(int Queries, double Mrr10, double Recall1, double Recall5, double Recall10)
{
    /// <summary>The depth the metrics look at.</summary>
    public const int Depth = 10;

    /// <summary>The 1-based rank of the first id of <paramref name="ranked"/> that is in <paramref name="expected"/>, or null.</summary>
    public static int? FirstRelevantRank(IReadOnlyList<string> ranked, IEnumerable<string> expected)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(expected);
        var relevant = expected as IReadOnlySet<string> ?? new HashSet<string>(expected, StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>The metrics of queries answered at <paramref name="ranks"/> (1-based; null when not found at all).</summary>
    /// <exception cref="ArgumentException">There are no ranks, or a rank is below 1.</exception>
    public static RelevanceMetrics FromRanks(IEnumerable<int?> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        var all = ranks.ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("no queries: the metrics of an empty set are undefined", nameof(ranks));
        }

        if (all.Any(rank => rank < 1))
        {
            throw new ArgumentException("ranks start at 1", nameof(ranks));
        }

        double Share(int k) => (double)all.Count(rank => rank <= k) / all.Count;
        var mrr = all.Sum(rank => rank <= Depth ? 1.0 / rank!.Value : 0) / all.Count;
        return new RelevanceMetrics(all.Count, mrr, Share(1), Share(5), Share(10));
    }

    /// <summary>The metrics of (ranking, expected ids) pairs, one per query.</summary>
    public static RelevanceMetrics Compute(IEnumerable<(IReadOnlyList<string> Ranked, IReadOnlyCollection<string> Expected)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return FromRanks(results.Select(result => FirstRelevantRank(result.Ranked, result.Expected)));
    }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"MRR@10 {Mrr10:F3}, R@1 {Recall1:F3}, R@5 {Recall5:F3}, R@10 {Recall10:F3} over {Queries} queries");
}
