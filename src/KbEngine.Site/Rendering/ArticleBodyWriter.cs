using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using KbEngine.Core.Model;

namespace KbEngine.Site.Rendering;

/// <summary>
/// Renders an article's sections as HTML: <c>h2</c>/<c>h3</c> headings, paragraphs, ordered steps,
/// lists, tables and literal blocks kept monospaced; article numbers become links to the articles
/// the site has.
/// </summary>
/// <remarks>
/// Written in C# rather than as a recursive template: the body is most of every page's markup and
/// the part rendered 60,335 times, and its structure follows the model, not the site's look.
/// </remarks>
/// <param name="linkFor">The URL of an article relative to the page, or null when the site does not have it.</param>
internal sealed partial class ArticleBodyWriter(Func<string, string?> linkFor)
{
    /// <summary>The body of <paramref name="article"/> as HTML.</summary>
    public string Write(Article article)
    {
        var html = new StringBuilder(4096);
        foreach (var section in article.Sections)
        {
            WriteSection(html, section, 2);
        }

        return html.ToString();
    }

    private void WriteSection(StringBuilder html, Section section, int level)
    {
        var heading = section.Heading;
        if (heading is null)
        {
            html.Append("<section>\n");
        }
        else
        {
            // The heading's id, for links into the page (#resolution), written without a string.
            var anchor = SiteUrls.Slug(heading, heading.Length <= 256 ? stackalloc char[heading.Length] : new char[heading.Length]);
            html.Append("<section aria-labelledby=\"").Append(anchor).Append("\">\n");
            html.Append("<h").Append(level).Append(" id=\"").Append(anchor).Append("\">");
            HtmlText.Append(html, heading);
            html.Append($"</h{level}>\n");
        }

        WriteBlocks(html, section.Blocks);
        foreach (var subsection in section.Subsections)
        {
            // A sub-heading under text without a heading takes the free level, so headings never skip one; HTML stops at h6.
            WriteSection(html, subsection, heading is null ? level : Math.Min(level + 1, 6));
        }

        html.Append("</section>\n");
    }

    private void WriteBlocks(StringBuilder html, ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    html.Append("<p>");
                    AppendText(html, paragraph.Content);
                    html.Append("</p>\n");
                    break;
                case LiteralBlock literal:
                    html.Append("<pre>");
                    AppendText(html, Dedent(literal.Text, literal.Indent));
                    html.Append("</pre>\n");
                    break;
                case StepList steps:
                    var lettered = steps.Items.Length > 0 && char.IsAsciiLetter(steps.Items[0].Marker[0]);
                    html.Append(lettered ? "<ol type=\"a\">\n" : "<ol>\n");
                    WriteItems(html, steps.Items, numbered: true);
                    html.Append("</ol>\n");
                    break;
                case BulletList bullets:
                    html.Append("<ul>\n");
                    WriteItems(html, bullets.Items, numbered: false);
                    html.Append("</ul>\n");
                    break;
                case Table table:
                    WriteTable(html, table);
                    break;
                default:
                    html.Append("<pre>");
                    AppendText(html, block.Text);
                    html.Append("</pre>\n");
                    break;
            }
        }
    }

    private void WriteItems(StringBuilder html, ImmutableArray<ListItem> items, bool numbered)
    {
        foreach (var item in items)
        {
            // value= keeps the article's own numbering when a list resumes after a note.
            html.Append(numbered && item.Number > 0 ? $"<li value=\"{item.Number}\">" : "<li>");
            AppendText(html, item.Content);
            if (!item.Blocks.IsEmpty)
            {
                html.Append('\n');
                WriteBlocks(html, item.Blocks);
            }

            html.Append("</li>\n");
        }
    }

    private void WriteTable(StringBuilder html, Table table)
    {
        html.Append("<div class=\"table\"><table>\n");
        if (!table.Header.IsEmpty)
        {
            html.Append("<thead><tr>");
            foreach (var cell in table.Header)
            {
                html.Append("<th scope=\"col\">");
                AppendText(html, cell);
                html.Append("</th>");
            }

            html.Append("</tr></thead>\n");
        }

        html.Append("<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>");
                AppendText(html, cell);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    /// <summary>Appends <paramref name="text"/> escaped, with every article number the site has as a link.</summary>
    public void AppendText(StringBuilder html, string text)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(text);
        var at = 0;
        foreach (var match in ArticleNumber().EnumerateMatches(text))
        {
            // The match is Q or q and the digits.
            var id = string.Concat("Q", text.AsSpan(match.Index + 1, match.Length - 1));
            if (linkFor(id) is not { } url)
            {
                continue;
            }

            HtmlText.Append(html, text.AsSpan(at, match.Index - at));
            html.Append("<a href=\"").Append(url).Append("\">");
            HtmlText.Append(html, text.AsSpan(match.Index, match.Length));
            html.Append("</a>");
            at = match.Index + match.Length;
        }

        HtmlText.Append(html, text.AsSpan(at));
    }

    private static string Dedent(string text, int indent)
    {
        if (indent <= 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var cut = 0;
            while (cut < indent && cut < line.Length && line[cut] == ' ')
            {
                cut++;
            }

            lines[i] = line[cut..];
        }

        return string.Join('\n', lines);
    }

    // Q-numbers as the KB writes them (Q148389); bare numbers are left alone: too often versions or error codes.
    [GeneratedRegex(@"\b[Qq]([0-9]{4,7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumber();
}
