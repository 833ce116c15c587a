namespace KbEngine.Core.Knowledge;

/// <summary>Where an extracted item came from: the section, the kind of block and the lines of its source sentence.</summary>
/// <param name="Section">The heading of the section (<c>STATUS</c>), or null for text without a heading, the title or the header.</param>
/// <param name="Block">The kind of block (<c>paragraph</c>, <c>literal</c>, <c>item</c>), or <c>title</c>, <c>header</c>, <c>keywords</c>.</param>
/// <param name="Span">The lines of the source sentence in the article file.</param>
public sealed record Provenance(string? Section, string Block, SourceSpan Span);
