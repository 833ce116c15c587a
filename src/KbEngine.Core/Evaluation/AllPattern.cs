using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary><c>{"all": [...]}</c>: every part matches, sharing variables (a join).</summary>
/// <param name="Parts">The parts, matched in order.</param>
public sealed record AllPattern(ImmutableArray<Pattern> Parts) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => Parts.SelectMany(part => part.Binds).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        IEnumerable<Binding> bindings = [binding];
        foreach (var part in Parts)
        {
            var current = bindings;
            bindings = current.SelectMany(candidate => part.Match(topology, candidate)).Distinct().ToList();
        }

        return bindings;
    }

    /// <inheritdoc />
    /// <remarks>Each part's fact, joined: <c>EX1 version atLeast 5.5; dirsync EX1 → PO1</c>.</remarks>
    public override string Describe(Binding binding) => string.Join("; ", Parts.Select(part => part.Describe(binding)));
}
