using System.Collections.Immutable;

namespace KbEngine.Core.Knowledge;

/// <summary>One step of a resolution or workaround, with what is nested under it.</summary>
/// <param name="Number">The step's number (1 for <c>1.</c> or <c>a.</c>).</param>
/// <param name="Text">The step's text as one line.</param>
/// <param name="Details">The text of the blocks nested under the step (code, registry values, sub-steps), each as written.</param>
/// <param name="Loop">The steps this one repeats, when it says "repeat steps … for …".</param>
/// <param name="Fix">The fix it installs, when it says "obtain the latest service pack …".</param>
/// <param name="Provenance">Where the step is.</param>
public sealed record ActionStep(int Number, string Text, ImmutableArray<string> Details, StepLoop? Loop, FixAction? Fix, Provenance Provenance);
