using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>
/// Reads text set off by indentation: error messages, code, event-log excerpts.
/// </summary>
/// <remarks>
/// In a section, two or more spaces of indentation set text off. Inside a list item every nested
/// line is indented, so there a block is literal only when the text before it announces it
/// ("… the following code:") or it is indented well past the item.
/// </remarks>
public sealed class LiteralBlockReader : IBlockReader
{
    /// <summary>How far past the region's indentation text must be to be literal without an announcement.</summary>
    public const int SetOff = 2;

    /// <inheritdoc />
    public bool TryRead(BlockReadContext context, int start, int limit, out Block? block, out int after)
    {
        var body = context.Body;
        block = null;
        after = start;
        var threshold = context.IsNested
            ? (context.FollowsColon ? context.BaseIndent : context.BaseIndent + SetOff + 1)
            : context.BaseIndent + SetOff;
        if (body.Indent(start) < threshold)
        {
            return false;
        }

        // Announced code may sit at the item's own indentation; what follows it at a shallower
        // indentation than the code itself is the item's prose again.
        if (context.IsNested)
        {
            threshold = Math.Min(body.Indent(start), context.BaseIndent + SetOff + 1);
        }

        var last = start;
        var indent = body.Indent(start);
        for (var i = start + 1; i < limit; i++)
        {
            if (body.IsBlank(i))
            {
                continue;
            }

            // A table or a list after a blank line is a block of its own, indented or not.
            if (body.Indent(i) < threshold
                || (body.IsBlank(i - 1) && (TableReader.Starts(body, i, limit) || ListMarker.StartsAnyList(body.Trimmed(i)))))
            {
                break;
            }

            last = i;
            indent = Math.Min(indent, body.Indent(i));
        }

        block = new LiteralBlock { Indent = indent, Span = body.Span(start, last), Text = body.Verbatim(start, last) };
        after = last + 1;
        return true;
    }
}
