using System.Collections.Immutable;

namespace KbEngine.Core.Query;

/// <summary>The answer to a symptom query.</summary>
/// <param name="Hits">The articles, best first; empty when nothing matched well.</param>
/// <param name="Message">Why there are no hits, or null.</param>
/// <param name="Terms">The terms the query was analysed into, for explaining a ranking.</param>
public sealed record QueryResult(ImmutableArray<QueryHit> Hits, string? Message, ImmutableArray<string> Terms);
