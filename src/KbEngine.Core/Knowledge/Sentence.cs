namespace KbEngine.Core.Knowledge;

/// <summary>One sentence of an article's running text, with where it came from.</summary>
/// <param name="Text">The sentence, wrapped lines joined with single spaces.</param>
/// <param name="Provenance">Where it is.</param>
public sealed record Sentence(string Text, Provenance Provenance);
