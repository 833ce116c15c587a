using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KbEngine.Core.Extraction;

/// <summary>One entry of the condition vocabulary: the phrases that mark a condition and the topology pattern it means.</summary>
/// <param name="Key">The entry's stable key.</param>
/// <param name="Predicate">The predicate the evaluator runs for it.</param>
/// <param name="AllOf">Patterns that must all match the condition's text.</param>
/// <param name="Pattern">The topology pattern as JSON text.</param>
public sealed record VocabularyEntry(string Key, string Predicate, ImmutableArray<Regex> AllOf, string Pattern);
