using KbEngine.Core.Ingest;
using KbEngine.Core.Model;

namespace KbEngine.Core.Tests;

/// <summary>
/// Checks that nothing of an article's text is lost or doubled: every non-blank body line belongs
/// to exactly one part (header, applies-to box, heading, block, trailer), and every block's text
/// is exactly the lines it spans (trailing white space aside).
/// </summary>
public static class BodyRoundTrip
{
    public static List<string> Problems(ArticleEnvelope envelope, Article article)
    {
        var text = envelope.Lines.ToDictionary(line => line.Number, line => envelope.LineText(line).TrimEnd().ToString());
        var owner = new Dictionary<int, string>();
        var problems = new List<string>();

        void Own(int first, int last, string part)
        {
            for (var line = first; line <= last; line++)
            {
                if (owner.TryGetValue(line, out var other))
                {
                    problems.Add($"line {line} belongs to both {other} and {part}");
                }

                owner[line] = part;
            }
        }

        void OwnBlock(Block block)
        {
            if (block.Text.Length > 0)
            {
                var lines = block.Text.Split('\n');
                Own(block.Span.Line, block.Span.Line + lines.Length - 1, $"{block.Kind}@{block.Span.Line}");
                for (var i = 0; i < lines.Length; i++)
                {
                    var expected = text.GetValueOrDefault(block.Span.Line + i);
                    if (expected != lines[i])
                    {
                        problems.Add($"{block.Kind}@{block.Span.Line} line {block.Span.Line + i}: block has '{lines[i]}', body has '{expected}'");
                    }
                }
            }

            foreach (var child in block.Children)
            {
                OwnBlock(child);
            }
        }

        Own(article.HeaderSpan.Line, article.HeaderSpan.EndLine, "header");
        if (article.AppliesToSpan is { } appliesTo)
        {
            Own(appliesTo.Line, appliesTo.EndLine, "applies-to");
        }

        if (article.TrailerSpan is { } trailer)
        {
            Own(trailer.Line, trailer.EndLine, "trailer");
        }

        foreach (var section in ArticleWalk.Sections(article))
        {
            if (section.HeadingSpan is { } heading)
            {
                Own(heading.Line, heading.EndLine, $"heading '{section.Heading}'");
            }

            foreach (var block in section.Blocks)
            {
                OwnBlock(block);
            }
        }

        foreach (var (number, line) in text)
        {
            if (line.Trim().Length > 0 && !owner.ContainsKey(number))
            {
                problems.Add($"line {number} belongs to no part: '{line}'");
            }
        }

        return problems;
    }
}
