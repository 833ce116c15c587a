namespace KbEngine.Core.Knowledge;

/// <summary>"Repeat steps 1 through 4 for the other sites": a step that runs earlier steps again, once per item.</summary>
/// <param name="From">The first step repeated.</param>
/// <param name="To">The last step repeated (inclusive).</param>
/// <param name="Over">What the steps are repeated for, as written (<c>the other Exchange Server sites</c>).</param>
public sealed record StepLoop(int From, int To, string Over);
