using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>The sentences of a paragraph or list item, each with the lines and columns it spans in the file.</summary>
/// <remarks>
/// A block's content joins its trimmed lines with single spaces; the block's own text keeps the
/// lines, so a sentence's offsets in the content map back to lines without reading the file again.
/// </remarks>
public static class BlockSentences
{
    // Body lines start after one tab: the first body character is in column 2.
    private const int BodyColumn = 2;

    /// <summary>The sentences of <paramref name="block"/> (a paragraph or a list item's own text); none for other blocks.</summary>
    public static IEnumerable<Sentence> Of(Block block, string? section)
    {
        ArgumentNullException.ThrowIfNull(block);
        var content = block.Prose ?? string.Empty;
        var skip = block is ListItem item ? item.Marker.Length : 0;
        if (content.Length == 0)
        {
            yield break;
        }

        var pieces = Pieces(block, skip);
        foreach (var range in SentenceSplitter.Split(content))
        {
            var (start, end) = (range.Start.GetOffset(content.Length), range.End.GetOffset(content.Length));
            var first = Locate(pieces, start);
            var last = Locate(pieces, end - 1);
            var span = new SourceSpan(
                block.Span.ArticleId,
                block.Span.Line + first.Line,
                first.Column + (start - first.Offset),
                block.Span.Line + last.Line,
                last.Column + (end - 1 - last.Offset),
                -1,
                -1);
            yield return new Sentence(content[start..end], new Provenance(section, block.Kind, span));
        }
    }

    private readonly record struct Piece(int Line, int Offset, int Column);

    private static List<Piece> Pieces(Block block, int skip)
    {
        var pieces = new List<Piece>();
        var offset = 0;
        var lines = block.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart().Length;
            var trimmed = line.Trim();
            if (i == 0 && skip > 0)
            {
                var afterMarker = trimmed[Math.Min(skip, trimmed.Length)..];
                indent += trimmed.Length - afterMarker.TrimStart().Length;
                trimmed = afterMarker.Trim();
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            pieces.Add(new Piece(i, offset, BodyColumn + indent));
            offset += trimmed.Length + 1;
        }

        return pieces;
    }

    private static Piece Locate(List<Piece> pieces, int offset)
    {
        var found = pieces[0];
        foreach (var piece in pieces)
        {
            if (piece.Offset > offset)
            {
                break;
            }

            found = piece;
        }

        return found;
    }
}
