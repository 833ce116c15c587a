namespace KbEngine.Core.Compilation;

/// <summary>One step of a compile and the time it took, in the order the steps ran.</summary>
/// <param name="What">What the step did, with its counts ("wrote 412,345 search terms").</param>
/// <param name="Elapsed">The time it took.</param>
public sealed record CompilePhase(string What, TimeSpan Elapsed);
