using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>One item of a <see cref="StepList"/> or <see cref="BulletList"/>, with the blocks nested under it.</summary>
public sealed record ListItem : Block
{
    /// <inheritdoc />
    public override string Kind => "item";

    /// <summary>The marker as written: <c>1.</c>, <c>a)</c>, <c>-</c>, <c>*</c>, <c>o</c>.</summary>
    public required string Marker { get; init; }

    /// <summary>The position of a numbered or lettered item (1 for <c>1.</c> or <c>a.</c>); 0 for a bullet.</summary>
    public required int Number { get; init; }

    /// <summary>The item's own text as one line, marker removed.</summary>
    public required string Content { get; init; }

    /// <summary>Blocks that belong to the item: code, a sub-list, a further paragraph.</summary>
    public required ImmutableArray<Block> Blocks { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Block> Children => Blocks;

    /// <inheritdoc />
    public override string? Prose => Content;

    internal override string TrailingText => Blocks.IsEmpty ? Content : Blocks[^1].TrailingText;
}
