using System.Globalization;
using KbEngine.Core.Topology;

namespace KbEngine.Core.Evaluation;

/// <summary>A test of one attribute: <c>"version": {"below": "5.5"}</c>, <c>"servicePack": {"atLeast": 4}</c>, <c>"product": {"equals": "…"}</c>.</summary>
/// <param name="Attribute">The attribute tested.</param>
/// <param name="Operator">One of <c>equals</c>, <c>below</c>, <c>atLeast</c>, <c>atMost</c>, <c>above</c>.</param>
/// <param name="Operand">The value compared with, as text.</param>
public sealed record AttributeTest(string Attribute, string Operator, string Operand)
{
    /// <summary>Whether the node passes; null when the node does not have the attribute (the topology cannot say).</summary>
    public bool? Passes(TopologyNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!node.Attributes.TryGetValue(Attribute, out var value))
        {
            return null;
        }

        var order = value.Kind switch
        {
            AttributeKind.Version when value.Version is { } version && KbVersion.Parse(Operand) is { } operand => version.CompareTo(operand),
            AttributeKind.WholeNumber or AttributeKind.Number when double.TryParse(Operand, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => value.Number!.Value.CompareTo(number),
            _ => string.Compare(value.ToString(), Operand, StringComparison.OrdinalIgnoreCase),
        };
        return Operator switch
        {
            "equals" => order == 0,
            "below" => order < 0,
            "above" => order > 0,
            "atLeast" => order >= 0,
            "atMost" => order <= 0,
            _ => throw new InvalidOperationException($"unknown operator '{Operator}'"),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Attribute} {Operator} {Operand}";
}
