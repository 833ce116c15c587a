namespace KbEngine.Core.Model;

/// <summary>A piece of an article's section body: a paragraph, a list of steps, a literal block, …</summary>
/// <remarks>
/// <see cref="Text"/> is the block's own lines exactly as written (body indentation removed,
/// trailing white space trimmed, joined with <c>\n</c>). Lines owned by nested blocks are not in
/// their container's text (a list owns no line of its own, so its text is empty), and every
/// line of an article belongs to exactly one block.
/// </remarks>
public abstract record Block
{
    /// <summary>The kind of block, as a stable lower-case name (<c>paragraph</c>, <c>steps</c>, …).</summary>
    public abstract string Kind { get; }

    /// <summary>Where the block is in the file; for a container, its own lines and its children's.</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The block's own lines, as written.</summary>
    public required string Text { get; init; }

    /// <summary>The text that ends the block, as a reader of the next block would see it.</summary>
    internal virtual string TrailingText => Text;

    /// <summary>The block's running text as one line (a paragraph's or a list item's content); null for blocks that are not prose.</summary>
    [Newtonsoft.Json.JsonIgnore] // The same text as Content, which the JSON already carries.
    public virtual string? Prose => null;

    /// <summary>The blocks inside this one (a list's items, an item's nested blocks), in order.</summary>
    public virtual IEnumerable<Block> Children => [];
}
