namespace KbEngine.Core.Knowledge;

/// <summary>The vocabulary entry a condition matched, and the topology pattern it stands for.</summary>
/// <param name="Key">The vocabulary entry's key (<c>dirsync-msmail-multisite</c>).</param>
/// <param name="Predicate">The predicate the entry binds, by the name the evaluator registers it under.</param>
/// <param name="Pattern">The pattern over the topology as JSON text, exactly as the vocabulary file writes it.</param>
public sealed record ConditionBinding(string Key, string Predicate, [property: Newtonsoft.Json.JsonConverter(typeof(RawJsonConverter))] string Pattern);
