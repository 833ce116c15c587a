using System.Collections.Immutable;
using KbEngine.Core.Evaluation;

namespace KbEngine.Core.Query;

/// <summary>One article found for a query.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Score">The ranking score (BM25F, then the adjustments the evidence names).</param>
/// <param name="Cause">The one-line cause, or null when the article states none.</param>
/// <param name="Evidence">What matched: fields and the query's words, an error message, a product.</param>
/// <param name="Verdict">With a topology, the best verdict over the estate's elements (applies before open); null without one or when nothing in the estate bears on it.</param>
public sealed record QueryHit(string Id, string Title, double Score, string? Cause, ImmutableArray<string> Evidence, Verdict? Verdict)
{
    /// <summary>The article's number in the knowledge base.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public int Document { get; init; }

    /// <summary>The share of the query's weight (its terms' idf) that the article matched.</summary>
    [Newtonsoft.Json.JsonIgnore]
    public double Coverage { get; init; }
}
