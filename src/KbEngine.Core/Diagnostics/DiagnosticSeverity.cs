namespace KbEngine.Core.Diagnostics;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something unusual was accepted; the article was still read completely.</summary>
    Warning,

    /// <summary>The article could not be read; it counts as failed.</summary>
    Error,
}
