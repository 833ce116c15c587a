using System.Collections.Immutable;

namespace KbEngine.Core.Ingest;

/// <summary>
/// An article file with its Markdown envelope taken apart: front matter, page heading and the
/// tab-indented KB text, line by line.
/// </summary>
/// <param name="Path">Where the file was read from.</param>
/// <param name="Text">The whole file as text; <see cref="Lines"/> are slices of it.</param>
/// <param name="Title">The front matter <c>title</c>, for example <c>Q199534: XFOR: MS Mail Users …</c>.</param>
/// <param name="Permalink">The front matter <c>permalink</c> (<c>/kb/199/Q199534/</c>), or null.</param>
/// <param name="Lines">The body lines, from the first line after the heading (or <c>{% raw %}</c>) to the last before <c>{% endraw %}</c>.</param>
public sealed record ArticleEnvelope(
    string Path,
    string Text,
    string Title,
    string? Permalink,
    ImmutableArray<BodyLine> Lines)
{
    /// <summary>The text of a body line.</summary>
    public ReadOnlySpan<char> LineText(in BodyLine line) => Text.AsSpan(line.Start, line.Length);
}
