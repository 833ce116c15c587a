using KbEngine.Core.Diagnostics;

namespace KbEngine.Core.Compilation;

/// <summary>An article that did not parse: why, and its text, so a site can still show it.</summary>
/// <param name="Id">The id its path gives, or null.</param>
/// <param name="Diagnostic">The error.</param>
/// <param name="Raw">The article file's bytes.</param>
public sealed record CompiledFailure(string? Id, Diagnostic Diagnostic, byte[] Raw);
