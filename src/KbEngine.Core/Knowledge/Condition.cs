namespace KbEngine.Core.Knowledge;

/// <summary>A circumstance the article says the problem depends on, asked as a question.</summary>
/// <param name="Text">The clause as written (<c>after you configure directory synchronization …</c>).</param>
/// <param name="Cue">The words that mark it as a condition (<c>after you</c>, <c>if</c>, <c>assumes that</c>, …).</param>
/// <param name="Question">The clause asked of the reader (<c>Have you configured directory synchronization …?</c>).</param>
/// <param name="Binding">The vocabulary entry that maps it to a fact of the topology, or null when the question is open.</param>
/// <param name="Provenance">The sentence it comes from.</param>
public sealed record Condition(string Text, string Cue, string Question, ConditionBinding? Binding, Provenance Provenance)
{
    /// <summary>Whether a topology can answer the question (a vocabulary entry maps it).</summary>
    public bool IsBound => Binding is not null;
}
