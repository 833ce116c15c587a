using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>
/// The item rules shared by step lists and bullet lists: an item is its marker line, the lines
/// that continue it, and the more-indented blocks that follow it (code, a sub-list, a note).
/// </summary>
public abstract class ListReader : IBlockReader
{
    /// <summary>Reads this reader's kind of marker at the start of a trimmed line.</summary>
    protected abstract ListMarker? Marker(ReadOnlySpan<char> trimmed);

    /// <summary>Creates the list block from its items; the list owns no line itself, so <paramref name="text"/> is empty.</summary>
    protected abstract Block Create(ImmutableArray<ListItem> items, SourceSpan span, string text);

    /// <inheritdoc />
    public bool TryRead(BlockReadContext context, int start, int limit, out Block? block, out int after)
    {
        var body = context.Body;
        block = null;
        after = start;
        if (Marker(body.Trimmed(start)) is not { } first)
        {
            return false;
        }

        var indent = body.Indent(start);
        var items = ImmutableArray.CreateBuilder<ListItem>();
        var i = start;
        var lastLine = start;
        while (true)
        {
            var marker = Marker(body.Trimmed(i))!.Value;
            var item = ReadItem(context, i, limit, indent, marker, out var itemEnd);
            items.Add(item);
            lastLine = itemEnd - 1;
            var following = body.SkipBlank(itemEnd, limit);
            if (following >= limit
                || Math.Abs(body.Indent(following) - indent) > 1
                || Marker(body.Trimmed(following)) is not { } sibling
                || sibling.Family != first.Family)
            {
                after = itemEnd;
                break;
            }

            i = following;
        }

        block = Create(items.ToImmutable(), body.Span(start, lastLine), string.Empty);
        return true;
    }

    private static ListItem ReadItem(BlockReadContext context, int start, int limit, int indent, ListMarker marker, out int itemEnd)
    {
        var body = context.Body;

        // The item's own lines run to a blank line or to the next line that opens a list.
        var last = start;
        while (last + 1 < limit && !body.IsBlank(last + 1) && !ListMarker.StartsAnyList(body.Trimmed(last + 1)))
        {
            last++;
        }

        var content = body.Unwrapped(start, last, skip: marker.Length);

        // Nested blocks: whatever follows, blank lines aside, indented deeper than the marker.
        var nestedStart = body.SkipBlank(last + 1, limit);
        var j = nestedStart;
        while (j < limit && (body.IsBlank(j) || body.Indent(j) > indent))
        {
            j++;
        }

        var nestedEnd = body.TrimBlankEnd(nestedStart, j);
        var nested = nestedEnd > nestedStart
            ? context.ParseNested(nestedStart, nestedEnd, indent + 1, content)
            : [];
        itemEnd = nested.IsEmpty ? last + 1 : nestedEnd;
        return new ListItem
        {
            Marker = marker.Text,
            Number = marker.Number,
            Content = content,
            Blocks = nested,
            Text = body.Verbatim(start, last),
            Span = body.Span(start, itemEnd - 1),
        };
    }
}
