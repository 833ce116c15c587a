namespace KbEngine.Core.Extraction;

/// <summary>One condition of a curated rule.</summary>
/// <param name="Key">A name for the condition, unique in its rule (<c>po-behind-gateway</c>).</param>
/// <param name="Quote">The article's words the condition stands for; they locate its source sentence.</param>
/// <param name="Question">The question asked when the topology cannot decide it.</param>
/// <param name="Pattern">The topology pattern as JSON text, or null when only the user can answer.</param>
public sealed record CuratedCondition(string Key, string Quote, string Question, string? Pattern);
