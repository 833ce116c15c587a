namespace KbEngine.Core.Evaluation;

/// <summary><c>{"not": {...}}</c>: passes when the inner pattern has no match for the current binding.</summary>
/// <param name="Inner">The pattern that must not match.</param>
public sealed record NotPattern(Pattern Inner) : Pattern
{
    /// <inheritdoc />
    public override IEnumerable<string> Binds => [];

    /// <inheritdoc />
    public override IEnumerable<Binding> Match(Topology.Topology topology, Binding binding) =>
        Inner.Match(topology, binding).Any() ? [] : [binding];
}
