namespace KbEngine.Core.Evaluation;

/// <summary><c>{"link": "dirsync", "from": "?po", "to": "?site", "either": false}</c>: a link of a type between two nodes.</summary>
/// <param name="Type">The link type.</param>
/// <param name="From">The variable (or node id) it starts at.</param>
/// <param name="To">The variable (or node id) it ends at.</param>
/// <param name="Either">Whether the link may run either way.</param>
public sealed record LinkPattern(string Type, string From, string To, bool Either) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => new[] { From, To }.Where(Variables.IsVariable);

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding)
    {
        ArgumentNullException.ThrowIfNull(topology);
        foreach (var link in topology.LinksOfType(Type))
        {
            foreach (var (start, end) in Either ? [(link.From, link.To), (link.To, link.From)] : new[] { (link.From, link.To) })
            {
                if (Bind(binding, From, start) is { } withFrom && Bind(withFrom, To, end) is { } withBoth)
                {
                    yield return withBoth;
                }
            }
        }
    }

    /// <inheritdoc />
    public override string Describe(Binding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return $"{Type} {binding[From] ?? From} → {binding[To] ?? To}";
    }

    private static Binding? Bind(Binding binding, string term, string id)
    {
        if (!Variables.IsVariable(term))
        {
            return term == id ? binding : null;
        }

        var bound = binding[term];
        return bound is null ? binding.With(term, id) : bound == id ? binding : null;
    }
}
