using System.Collections.Immutable;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Evaluation;

/// <summary>How one condition came out for one binding, and the facts and source sentence behind it.</summary>
/// <param name="Id">The condition's id (<c>Q199534-c1</c>), the one an answer names.</param>
/// <param name="Condition">The condition as the article states it.</param>
/// <param name="Holds">True or false when the topology (or an answer) decides it; null when it is an open question.</param>
/// <param name="Facts">The topology facts that decided it (<c>indirect-postoffice PO1 → SITE3</c>).</param>
/// <param name="Provenance">The article sentence it comes from.</param>
public sealed record ConditionOutcome(string Id, string Condition, bool? Holds, ImmutableArray<string> Facts, Provenance Provenance)
{
    /// <summary>The question to ask while the condition is open.</summary>
    public string? Question { get; init; }
}
