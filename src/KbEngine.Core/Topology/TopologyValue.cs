using System.Collections.Immutable;

namespace KbEngine.Core.Topology;

/// <summary>A validated attribute value: exactly one of the typed fields is set, as its <see cref="Kind"/> says.</summary>
/// <param name="Kind">The declared kind.</param>
/// <param name="Text">The value of a text, node-reference or version attribute, as written.</param>
/// <param name="Number">The value of a number or whole-number attribute.</param>
/// <param name="Flag">The value of a boolean attribute.</param>
/// <param name="Items">The values of a list attribute.</param>
public sealed record TopologyValue(AttributeKind Kind, string? Text, double? Number, bool? Flag, ImmutableArray<string> Items)
{
    /// <summary>The value as a version, for a version attribute.</summary>
    public KbVersion? Version => Kind == AttributeKind.Version ? KbVersion.Parse(Text) : null;

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AttributeKind.WholeNumber or AttributeKind.Number => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
        AttributeKind.Boolean => Flag == true ? "true" : "false",
        AttributeKind.TextList => string.Join(", ", Items),
        _ => Text ?? string.Empty,
    };
}
