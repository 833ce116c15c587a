using System.Collections.Immutable;

namespace KbEngine.Core.Knowledge;

/// <summary>What the RESOLUTION or WORKAROUND section says to do: its running text, its ordered steps, and any fix to install.</summary>
/// <param name="Text">The sentences outside the steps.</param>
/// <param name="Steps">The steps in order (the first list of steps of the section; sub-steps are details of their step).</param>
/// <param name="Fix">The fix the section says to install, when it says so outside the steps.</param>
public sealed record Remedy(ImmutableArray<Sentence> Text, ImmutableArray<ActionStep> Steps, FixAction? Fix);
