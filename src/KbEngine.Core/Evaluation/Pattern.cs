namespace KbEngine.Core.Evaluation;

/// <summary>A pattern over a topology: conditions' predicates, written as data in the vocabulary and in curated rules.</summary>
public abstract record Pattern
{
    /// <summary>The variables the pattern binds when it matches (those of its positive parts).</summary>
    public abstract IEnumerable<string> Binds { get; }

    /// <summary>Every extension of <paramref name="binding"/> under which the pattern holds in <paramref name="topology"/>.</summary>
    public abstract IEnumerable<Binding> Match(Topology.Topology topology, Binding binding);

    /// <summary>The fact a match of this pattern stands for, in words (<c>indirect-postoffice PO1 → SITE3</c>).</summary>
    public virtual string Describe(Binding binding) => $"{GetType().Name.Replace("Pattern", string.Empty, StringComparison.Ordinal).ToLowerInvariant()} matched ({binding})";
}
