using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads numbered (<c>1.</c>) and lettered (<c>a.</c>) steps.</summary>
public sealed class StepListReader : ListReader
{
    /// <inheritdoc />
    protected override ListMarker? Marker(ReadOnlySpan<char> trimmed) => ListMarker.Ordered(trimmed);

    /// <inheritdoc />
    protected override Block Create(ImmutableArray<ListItem> items, SourceSpan span, string text) =>
        new StepList { Items = items, Span = span, Text = text };
}
