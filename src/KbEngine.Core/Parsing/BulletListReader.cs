using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads bulleted items (<c>-</c>, <c>*</c>, <c>o</c>, <c>•</c>).</summary>
public sealed class BulletListReader : ListReader
{
    /// <inheritdoc />
    protected override ListMarker? Marker(ReadOnlySpan<char> trimmed) => ListMarker.Bullet(trimmed);

    /// <inheritdoc />
    protected override Block Create(ImmutableArray<ListItem> items, SourceSpan span, string text) =>
        new BulletList { Items = items, Span = span, Text = text };
}
