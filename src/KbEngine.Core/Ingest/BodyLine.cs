namespace KbEngine.Core.Ingest;

/// <summary>One line of an article body: a slice of the file's text, its body indentation removed.</summary>
/// <param name="Number">1-based line number in the file.</param>
/// <param name="LineStart">Offset of the first character of the line in the file (before the indentation).</param>
/// <param name="Start">Offset of the first body character (after the leading tab).</param>
/// <param name="End">Offset just past the last character, line break excluded (exclusive).</param>
public readonly record struct BodyLine(int Number, int LineStart, int Start, int End)
{
    /// <summary>The number of characters of the line.</summary>
    public int Length => End - Start;

    /// <summary>The 1-based column in the file of the first body character.</summary>
    public int Column => Start - LineStart + 1;
}
