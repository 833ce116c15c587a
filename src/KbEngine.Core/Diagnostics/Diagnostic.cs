namespace KbEngine.Core.Diagnostics;

/// <summary>A problem found while reading an article, with the place it was found.</summary>
/// <param name="Path">The file (or archive entry) the problem is in.</param>
/// <param name="Line">1-based line in that file; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Severity">Whether the article still parsed.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats the diagnostic as <c>file(line,col): severity: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : string.Empty;
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Path}{where}: {severity}: {Message}";
    }
}
