namespace KbEngine.Core;

/// <summary>Where a parsed or extracted item came from in its article file.</summary>
/// <remarks>
/// Lines and columns are 1-based and count from the top of the file (front matter included), so
/// they can be pasted into an editor. <see cref="Start"/> and <see cref="End"/> are character
/// offsets into the file; <see cref="End"/> is exclusive. Spans derived from text rather than read
/// from the file (an extracted sentence inside a paragraph) have accurate lines and columns and
/// offsets of -1.
/// </remarks>
/// <param name="ArticleId">The article the span belongs to (for example <c>Q199534</c>).</param>
/// <param name="Line">First line of the span.</param>
/// <param name="Column">Column of the first character on <paramref name="Line"/>.</param>
/// <param name="EndLine">Last line of the span (inclusive).</param>
/// <param name="EndColumn">Column of the last character on <paramref name="EndLine"/> (inclusive).</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
public readonly record struct SourceSpan(
    string ArticleId, int Line, int Column, int EndLine, int EndColumn, int Start, int End)
{
    /// <summary>The number of lines the span covers.</summary>
    public int LineCount => EndLine - Line + 1;

    /// <summary>Formats the span as <c>line,column</c>, the way compilers report positions.</summary>
    public override string ToString() => $"{Line},{Column}";
}
