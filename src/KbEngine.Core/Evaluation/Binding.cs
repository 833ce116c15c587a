using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary>Values for a pattern's variables: <c>?po</c> → <c>PO1</c>, <c>?remote</c> → <c>SITE2</c>.</summary>
/// <param name="Values">Node ids by variable name (with its <c>?</c>).</param>
public sealed record Binding(ImmutableSortedDictionary<string, string> Values)
{
    /// <summary>The binding that binds nothing.</summary>
    public static Binding Empty { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The node a variable is bound to, or null.</summary>
    public string? this[string variable] => Values.GetValueOrDefault(variable);

    /// <summary>This binding with <paramref name="variable"/> bound to <paramref name="id"/>.</summary>
    public Binding With(string variable, string id) => new(Values.SetItem(variable, id));

    /// <inheritdoc />
    public bool Equals(Binding? other) => other is not null && Values.Count == other.Values.Count && Values.All(pair => other[pair.Key] == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in Values)
        {
            hash.Add(key);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Values.Select(pair => $"{pair.Key[1..]}={pair.Value}"));
}
