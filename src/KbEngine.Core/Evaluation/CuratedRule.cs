using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary>What a person added to an article's extracted knowledge (<c>content/rules/QNNNNNN.json</c>).</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Names">The article's example names and the variables they stand for (<c>PO1</c> → <c>?po</c>), for instantiating its steps.</param>
public sealed record CuratedRule(string ArticleId, ImmutableDictionary<string, string> Names);
