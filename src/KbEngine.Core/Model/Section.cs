using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>A part of an article under a heading (<c>SYMPTOMS</c>, <c>CAUSE</c>, …), or the whole text of a free-text article.</summary>
public sealed record Section
{
    /// <summary>The heading as written (<c>MORE INFORMATION</c>); null for text that has no heading.</summary>
    public string? Heading { get; init; }

    /// <summary>The heading line and its underline; null when there is no heading.</summary>
    public SourceSpan? HeadingSpan { get; init; }

    /// <summary>The section's lines, heading included.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The blocks before the first sub-heading.</summary>
    public required ImmutableArray<Block> Blocks { get; init; }

    /// <summary>Parts under sub-headings (headings underlined with <c>----</c>).</summary>
    public required ImmutableArray<Section> Subsections { get; init; }
}
