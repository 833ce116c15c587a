using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>Items marked with <c>-</c>, <c>*</c>, <c>o</c> or <c>•</c>.</summary>
public sealed record BulletList : Block
{
    /// <inheritdoc />
    public override string Kind => "bullets";

    /// <summary>The items.</summary>
    public required ImmutableArray<ListItem> Items { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Block> Children => Items;

    internal override string TrailingText => Items.IsEmpty ? Text : Items[^1].TrailingText;
}
