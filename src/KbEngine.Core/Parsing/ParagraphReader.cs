using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads running text up to a blank line, a line that opens a list, or indented text it announces.</summary>
/// <remarks>Registered last: it accepts any line, so nothing is ever left unread.</remarks>
public sealed class ParagraphReader : IBlockReader
{
    /// <inheritdoc />
    public bool TryRead(BlockReadContext context, int start, int limit, out Block? block, out int after)
    {
        var body = context.Body;
        var last = start;
        while (last + 1 < limit && !body.IsBlank(last + 1) && !EndsBefore(body, last, last + 1))
        {
            last++;
        }

        block = Create(body, start, last);
        after = last + 1;
        return true;
    }

    internal static Paragraph Create(ArticleBody body, int first, int last) =>
        new() { Content = body.Unwrapped(first, last), Span = body.Span(first, last), Text = body.Verbatim(first, last) };

    private static bool EndsBefore(ArticleBody body, int line, int following) =>
        ListMarker.StartsAnyList(body.Trimmed(following))
        || (body.Line(line) is [.., ':'] && body.Indent(following) >= body.Indent(line) + LiteralBlockReader.SetOff);
}
