using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>
/// Reads plain-text tables: rows drawn with <c>|</c> and <c>+---+</c>, or a header row over a
/// rule of dashes (<c>File name   Version</c> / <c>---------   -------</c>) with rows up to a blank line.
/// </summary>
public sealed class TableReader : IBlockReader
{
    /// <summary>Whether a table starts at line <paramref name="start"/>.</summary>
    public static bool Starts(ArticleBody body, int start, int limit)
    {
        var first = body.Trimmed(start);
        return (first.Length > 1 && (first[0] == '|' || first.StartsWith("+-", StringComparison.Ordinal)))
            || (start + 1 < limit && !body.IsBlank(start + 1) && IsColumnRule(body, start, start + 1));
    }

    /// <inheritdoc />
    public bool TryRead(BlockReadContext context, int start, int limit, out Block? block, out int after)
    {
        var body = context.Body;
        block = null;
        after = start;
        var first = body.Trimmed(start);
        if (first.Length > 1 && (first[0] == '|' || first.StartsWith("+-", StringComparison.Ordinal)))
        {
            return ReadDrawn(body, start, limit, out block, out after);
        }

        if (start + 1 < limit && !body.IsBlank(start + 1) && IsColumnRule(body, start, start + 1))
        {
            return ReadRuled(body, start, limit, out block, out after);
        }

        return false;
    }

    private static bool ReadDrawn(ArticleBody body, int start, int limit, out Block? block, out int after)
    {
        var last = start;
        while (last + 1 < limit && !body.IsBlank(last + 1) && body.Trimmed(last + 1) is ['|' or '+', ..])
        {
            last++;
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var header = ImmutableArray<string>.Empty;
        for (var i = start; i <= last; i++)
        {
            var line = body.Trimmed(i);
            if (IsDrawnSeparator(line))
            {
                // A separator under the first row makes that row the header.
                if (rows.Count == 1 && header.IsEmpty)
                {
                    header = rows[0];
                    rows.Clear();
                }

                continue;
            }

            rows.Add([.. line.ToString().Trim('|').Split('|').Select(cell => cell.Trim())]);
        }

        block = new Table { Header = header, Rows = rows.ToImmutable(), Span = body.Span(start, last), Text = body.Verbatim(start, last) };
        after = last + 1;
        return true;
    }

    private static bool ReadRuled(ArticleBody body, int start, int limit, out Block? block, out int after)
    {
        var last = start + 1;
        while (last + 1 < limit && !body.IsBlank(last + 1))
        {
            last++;
        }

        var columns = ColumnStarts(body.Line(start + 1), body.Line(start));
        var header = Cells(body.Line(start), columns);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (var i = start + 2; i <= last; i++)
        {
            if (!Rules.IsRule(body.Trimmed(i), '-'))
            {
                rows.Add(Cells(body.Line(i), columns));
            }
        }

        block = new Table { Header = header, Rows = rows.ToImmutable(), Span = body.Span(start, last), Text = body.Verbatim(start, last) };
        after = last + 1;
        return true;
    }

    /// <summary>
    /// A rule of several dash runs always draws columns; a single run does when the line above has
    /// at least two columns separated by wide gaps (otherwise it is a sub-heading's underline).
    /// </summary>
    private static bool IsColumnRule(ArticleBody body, int header, int rule)
    {
        var line = body.Trimmed(rule);
        if (line.Length < 3 || line.ContainsAnyExcept('-', ' ') || line[0] != '-' || ListMarker.StartsAnyList(body.Trimmed(header)))
        {
            return false;
        }

        if (line.Contains(' '))
        {
            return true;
        }

        var title = body.Trimmed(header);
        return title.Contains("  ", StringComparison.Ordinal) && line.Length >= title.Length * 3 / 5;
    }

    private static List<int> ColumnStarts(ReadOnlySpan<char> rule, ReadOnlySpan<char> header)
    {
        var starts = new List<int>();
        for (var i = 0; i < rule.Length; i++)
        {
            if (rule[i] == '-' && (i == 0 || rule[i - 1] == ' '))
            {
                starts.Add(i);
            }
        }

        if (starts.Count > 1)
        {
            return starts;
        }

        // One long rule: a column starts at the first text and after every gap of two or more spaces.
        starts.Clear();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] != ' ' && (starts.Count == 0 || (i >= 2 && header[i - 1] == ' ' && header[i - 2] == ' ')))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static ImmutableArray<string> Cells(ReadOnlySpan<char> line, List<int> starts)
    {
        var cells = ImmutableArray.CreateBuilder<string>(starts.Count);
        for (var c = 0; c < starts.Count; c++)
        {
            var from = Math.Min(starts[c], line.Length);
            var to = c + 1 < starts.Count ? Math.Min(starts[c + 1], line.Length) : line.Length;
            cells.Add(line[from..to].Trim().ToString());
        }

        return cells.MoveToImmutable();
    }

    private static bool IsDrawnSeparator(ReadOnlySpan<char> line) => !line.ContainsAnyExcept("+-=| ");
}
