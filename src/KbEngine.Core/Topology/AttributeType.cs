namespace KbEngine.Core.Topology;

/// <summary>An attribute's declared type: its kind, and for a node reference the node type it must name (null for any).</summary>
/// <param name="Kind">The value kind.</param>
/// <param name="NodeType">For <see cref="AttributeKind.NodeReference"/>, the required node type, or null for any.</param>
public sealed record AttributeType(AttributeKind Kind, string? NodeType)
{
    /// <summary>Reads a declared type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>version</c>, <c>string[]</c>, <c>node:TYPE</c>, <c>node:*</c>.</summary>
    /// <exception cref="FormatException">The text names no type.</exception>
    public static AttributeType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith("node:", StringComparison.Ordinal))
        {
            var type = text["node:".Length..];
            return new AttributeType(AttributeKind.NodeReference, type == "*" ? null : type);
        }

        return text switch
        {
            "string" => new(AttributeKind.Text, null),
            "integer" => new(AttributeKind.WholeNumber, null),
            "number" => new(AttributeKind.Number, null),
            "boolean" => new(AttributeKind.Boolean, null),
            "version" => new(AttributeKind.Version, null),
            "string[]" => new(AttributeKind.TextList, null),
            _ => throw new FormatException($"'{text}' is not an attribute type: expected string, integer, number, boolean, version, string[] or node:TYPE"),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AttributeKind.NodeReference => NodeType is null ? "the id of a node" : $"the id of a node of type {NodeType}",
        AttributeKind.TextList => "a list of strings",
        AttributeKind.Version => "a version such as \"5.5\"",
        AttributeKind.WholeNumber => "a whole number",
        AttributeKind.Number => "a number",
        AttributeKind.Boolean => "true or false",
        _ => "a string",
    };
}
