namespace KbEngine.Core.Tests.Query;

public class RelevanceMetricsTests
{
    [Fact]
    public void TheRankIsThatOfTheFirstExpectedIdInTheRanking()
    {
        Assert.Equal(1, RelevanceMetrics.FirstRelevantRank(["Q1", "Q2", "Q3"], ["Q1"]));
        Assert.Equal(3, RelevanceMetrics.FirstRelevantRank(["Q1", "Q2", "Q3"], ["Q3"]));
        Assert.Null(RelevanceMetrics.FirstRelevantRank(["Q1", "Q2", "Q3"], ["Q4"]));
        Assert.Null(RelevanceMetrics.FirstRelevantRank([], ["Q4"]));
    }

    [Fact]
    public void AnyExpectedIdAnswersTheQueryAtItsOwnRank()
    {
        // The expected ids are alternatives: the earliest of them in the ranking decides.
        Assert.Equal(2, RelevanceMetrics.FirstRelevantRank(["Q1", "Q7", "Q3", "Q9"], ["Q9", "Q7"]));
    }

    [Fact]
    public void IdsAreComparedExactly() => Assert.Null(RelevanceMetrics.FirstRelevantRank(["q1", "Q1 "], ["Q1"]));

    [Fact]
    public void MetricsOfFourQueriesAnsweredAtOneThreeSevenAndNever()
    {
        var m = RelevanceMetrics.FromRanks([1, 3, 7, null]);

        Assert.Equal(4, m.Queries);
        Assert.Equal((1 + (1.0 / 3) + (1.0 / 7)) / 4, m.Mrr10, 12);
        Assert.Equal(0.25, m.Recall1, 12);
        Assert.Equal(0.5, m.Recall5, 12);
        Assert.Equal(0.75, m.Recall10, 12);
    }

    [Fact]
    public void AnAnswerBelowRankTenCountsForNothing()
    {
        var m = RelevanceMetrics.FromRanks([11, 10]);

        Assert.Equal(0.1 / 2, m.Mrr10, 12);
        Assert.Equal(0.5, m.Recall10, 12);
        Assert.Equal(0, m.Recall5);
    }

    [Fact]
    public void RecallAtFiveIncludesRankFive()
    {
        var m = RelevanceMetrics.FromRanks([5, 6]);

        Assert.Equal(0.5, m.Recall5, 12);
        Assert.Equal(0, m.Recall1);
    }

    [Fact]
    public void ComputeRanksEachPairThenAverages()
    {
        var m = RelevanceMetrics.Compute(
        [
            (["Q2", "Q1"], ["Q1"]),
            (["Q5", "Q6", "Q7", "Q8", "Q9"], ["Q9"]),
            (["Q1"], ["Q1", "Q3"]),
        ]);

        Assert.Equal((0.5 + 0.2 + 1) / 3, m.Mrr10, 12);
        Assert.Equal(1.0 / 3, m.Recall1, 12);
        Assert.Equal(1, m.Recall5, 12);
    }

    [Fact]
    public void AnEmptySetHasNoMetrics() => Assert.Throws<ArgumentException>(() => RelevanceMetrics.FromRanks([]));

    [Fact]
    public void RanksStartAtOne() => Assert.Throws<ArgumentException>(() => RelevanceMetrics.FromRanks([0]));

    [Fact]
    public void TheReportCutsEachRankingAtTenAndKeepsPerQueryRanks()
    {
        IReadOnlyList<RelevanceQuery> queries =
        [
            new("first", ["Q1"], "symptom", ""),
            new("twelfth", ["Q12"], "error", ""),
            new("third", ["Q3", "Q99"], "error", ""),
        ];
        var ranking = Enumerable.Range(1, 20).Select(i => $"Q{i}").ToList();

        var run = RelevanceReport.Run(_ => ranking, queries);

        Assert.Equal<int?>([1, null, 3], run.Results.Select(r => r.Rank));
        Assert.All(run.Results, r => Assert.Equal(10, r.Ranked.Count));
        Assert.Equal((1 + (1.0 / 3)) / 3, run.Metrics.Mrr10, 12);
        Assert.Equal(1.0 / 6, run.ForKind("error")!.Mrr10, 12);
        Assert.Null(run.ForKind("version"));
        Assert.Contains("MRR@10", RelevanceReport.Format([("fixed", run), ("same", run)]), StringComparison.Ordinal);
    }
}
