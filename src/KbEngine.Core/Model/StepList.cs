using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>Numbered (or lettered) steps, in order.</summary>
public sealed record StepList : Block
{
    /// <inheritdoc />
    public override string Kind => "steps";

    /// <summary>The steps.</summary>
    public required ImmutableArray<ListItem> Items { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Block> Children => Items;

    internal override string TrailingText => Items.IsEmpty ? Text : Items[^1].TrailingText;
}
