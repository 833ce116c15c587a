using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary><c>{"distinct": ["?a", "?b"]}</c>: the variables are bound to different nodes.</summary>
/// <param name="Variables">The variables that must differ.</param>
public sealed record DistinctPattern(ImmutableArray<string> Variables) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var values = Variables.Select(variable => binding[variable]).OfType<string>().ToList();
        return values.Distinct(StringComparer.Ordinal).Count() == values.Count ? [binding] : [];
    }
}
