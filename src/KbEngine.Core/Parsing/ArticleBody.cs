using System.Collections.Immutable;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Parsing;

/// <summary>The body lines of one article with the questions every reader asks of them: text, indentation, blankness, spans.</summary>
/// <remarks>Lines are addressed by index into the body (0-based), not by file line number.</remarks>
public sealed class ArticleBody
{
    private readonly string _text;
    private readonly ImmutableArray<BodyLine> _lines;
    private readonly int[] _indents;
    private readonly int[] _lengths;

    internal ArticleBody(string articleId, ArticleEnvelope envelope)
    {
        ArticleId = articleId;
        _text = envelope.Text;
        _lines = envelope.Lines;
        _indents = new int[_lines.Length];
        _lengths = new int[_lines.Length];
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = Raw(i);
            var trimmed = line.TrimEnd();
            _lengths[i] = trimmed.Length;
            _indents[i] = trimmed.Length == 0 ? -1 : line.Length - line.TrimStart().Length;
        }
    }

    /// <summary>The id of the article, stamped on every span.</summary>
    public string ArticleId { get; }

    /// <summary>The number of body lines.</summary>
    public int Count => _lines.Length;

    /// <summary>The text of line <paramref name="index"/>, trailing white space removed.</summary>
    public ReadOnlySpan<char> Line(int index) => _text.AsSpan(_lines[index].Start, _lengths[index]);

    /// <summary>The text of line <paramref name="index"/> without leading or trailing white space.</summary>
    public ReadOnlySpan<char> Trimmed(int index) => Line(index)[Math.Max(_indents[index], 0)..];

    /// <summary>Whether line <paramref name="index"/> is empty or white space.</summary>
    public bool IsBlank(int index) => _indents[index] < 0;

    /// <summary>The number of leading white-space characters of a line; -1 for a blank line.</summary>
    public int Indent(int index) => _indents[index];

    /// <summary>The next non-blank line at or after <paramref name="index"/>, or <paramref name="end"/>.</summary>
    public int SkipBlank(int index, int end)
    {
        while (index < end && IsBlank(index))
        {
            index++;
        }

        return index;
    }

    /// <summary>The last non-blank line before <paramref name="end"/> and at or after <paramref name="start"/>, plus one.</summary>
    public int TrimBlankEnd(int start, int end)
    {
        while (end > start && IsBlank(end - 1))
        {
            end--;
        }

        return end;
    }

    /// <summary>The span of lines <paramref name="first"/> to <paramref name="last"/> inclusive, from the first to the last non-blank character.</summary>
    public SourceSpan Span(int first, int last)
    {
        var head = _lines[first];
        var tail = _lines[last];
        var startOffset = head.Start + Math.Max(_indents[first], 0);
        var endOffset = tail.Start + _lengths[last];
        return new SourceSpan(
            ArticleId,
            head.Number,
            startOffset - head.LineStart + 1,
            tail.Number,
            Math.Max(endOffset - tail.LineStart, 1),
            startOffset,
            endOffset);
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> inclusive, as written, joined with <c>\n</c>.</summary>
    public string Verbatim(int first, int last)
    {
        if (first == last)
        {
            return Line(first).ToString();
        }

        // Sized exactly up front: block text is most of what a parse allocates.
        var length = last - first;
        for (var i = first; i <= last; i++)
        {
            length += _lengths[i];
        }

        return string.Create(length, (Body: this, First: first, Last: last), static (destination, state) =>
        {
            var at = 0;
            for (var i = state.First; i <= state.Last; i++)
            {
                if (i > state.First)
                {
                    destination[at++] = '\n';
                }

                var line = state.Body.Line(i);
                line.CopyTo(destination[at..]);
                at += line.Length;
            }
        });
    }

    /// <summary>
    /// Lines <paramref name="first"/> to <paramref name="last"/> inclusive as one line: each trimmed,
    /// joined with single spaces; the first <paramref name="skip"/> characters of the first trimmed line are left out.
    /// </summary>
    public string Unwrapped(int first, int last, int skip = 0)
    {
        var length = -1;
        for (var i = first; i <= last; i++)
        {
            var piece = Piece(i, first, skip);
            length += piece.IsEmpty ? 0 : piece.Length + 1;
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return string.Create(length, (Body: this, First: first, Last: last, Skip: skip), static (destination, state) =>
        {
            var at = 0;
            for (var i = state.First; i <= state.Last; i++)
            {
                var piece = state.Body.Piece(i, state.First, state.Skip);
                if (piece.IsEmpty)
                {
                    continue;
                }

                if (at > 0)
                {
                    destination[at++] = ' ';
                }

                piece.CopyTo(destination[at..]);
                at += piece.Length;
            }
        });
    }

    private ReadOnlySpan<char> Piece(int index, int first, int skip)
    {
        var line = Trimmed(index);
        return index == first ? line[Math.Min(skip, line.Length)..].TrimStart() : line;
    }

    private ReadOnlySpan<char> Raw(int index) => _text.AsSpan(_lines[index].Start, _lines[index].Length);
}
