namespace KbEngine.Core.Model;

/// <summary>Running text: lines up to a blank line.</summary>
public sealed record Paragraph : Block
{
    /// <inheritdoc />
    public override string Kind => "paragraph";

    /// <summary>The paragraph as one line: the lines trimmed and joined with spaces, ready for sentence reading.</summary>
    public required string Content { get; init; }

    internal override string TrailingText => Content;

    /// <inheritdoc />
    public override string? Prose => Content;
}
