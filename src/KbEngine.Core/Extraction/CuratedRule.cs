using System.Collections.Immutable;

namespace KbEngine.Core.Extraction;

/// <summary>What a person added to an article's extracted knowledge (<c>content/rules/QNNNNNN.json</c>).</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Names">The article's example names and the variables they stand for (<c>PO1</c> → <c>?po</c>), for instantiating its steps.</param>
/// <param name="Conditions">
/// When not empty, the article's conditions as a person read them: they replace the extracted
/// ones, because the clauses extraction finds are often too coarse to join or negate.
/// </param>
public sealed record CuratedRule(string ArticleId, ImmutableDictionary<string, string> Names, ImmutableArray<CuratedCondition> Conditions);
