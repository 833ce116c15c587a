using KbEngine.Core.Compilation;
using KbEngine.Core.Query;

namespace KbEngine.Benchmarks;

/// <summary>
/// The first stage of <see cref="SymptomSearch"/> alone: analyse the query, read the terms'
/// postings and rank by BM25F to the top <see cref="SymptomSearch.Candidates"/> documents — the
/// same work an FTS5 <c>MATCH … ORDER BY bm25() LIMIT 60</c> does, without the re-ranking and
/// summaries that follow in the full search. The query's own terms only: no synonym expansion
/// (which an FTS5 query of the same words does not get either).
/// </summary>
internal static class IndexRanking
{
    /// <summary>The stages <see cref="Top"/> can time, in order.</summary>
    public static readonly string[] Stages = ["analyse", "postings (read + decode)", "score", "top 60"];

    /// <summary>The top documents for <paramref name="text"/>, best first.</summary>
    /// <param name="knowledgeBase">The knowledge base.</param>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="text">The query.</param>
    /// <param name="count">How many documents.</param>
    /// <param name="stages">When given, receives each stage's milliseconds (see <see cref="Stages"/>) added to it.</param>
    public static int[] Top(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, string text, int count = SymptomSearch.Candidates, double[]? stages = null)
    {
        var index = knowledgeBase.SearchIndex;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var distinct = SymptomSearch.QueryTerms(analyzer, text);
        Lap(stages, 0, ref started);
        var postings = distinct.Select(index.Postings).ToList();
        Lap(stages, 1, ref started);
        var boosts = distinct.Select(SymptomSearch.Boost).ToList();
        var scores = new float[index.DocumentCount];
        index.Score(postings, boosts, scores);
        Lap(stages, 2, ref started);
        var docs = SearchIndex.Top(scores, count).ToArray();
        Lap(stages, 3, ref started);
        return docs;
    }

    private static void Lap(double[]? stages, int stage, ref long started)
    {
        if (stages is not null)
        {
            var now = System.Diagnostics.Stopwatch.GetTimestamp();
            stages[stage] += System.Diagnostics.Stopwatch.GetElapsedTime(started, now).TotalMilliseconds;
            started = now;
        }
    }
}
