using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>
/// Splits the text between the applies-to box and the trailer into sections at headings
/// underlined with <c>=</c>, and each section into sub-sections at headings underlined with <c>-</c>.
/// </summary>
public sealed class SectionReader
{
    private readonly BlockParser _blocks;

    /// <summary>Creates a reader that reads section bodies with <paramref name="blocks"/>.</summary>
    public SectionReader(BlockParser blocks) => _blocks = blocks;

    /// <summary>Reads the sections of lines <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ImmutableArray<Section> Read(ArticleBody body, int start, int end)
    {
        var sections = ImmutableArray.CreateBuilder<Section>();
        foreach (var (heading, from, to) in Split(body, start, end, '='))
        {
            var contentStart = heading < 0 ? from : heading + 2;
            var parts = Split(body, contentStart, to, '-');
            var blocks = ImmutableArray<Block>.Empty;
            var subsections = ImmutableArray.CreateBuilder<Section>();
            foreach (var (subheading, subFrom, subTo) in parts)
            {
                if (subheading < 0)
                {
                    blocks = _blocks.Parse(body, subFrom, subTo);
                    continue;
                }

                subsections.Add(Create(body, subheading, subFrom, subTo, _blocks.Parse(body, subheading + 2, subTo), []));
            }

            sections.Add(Create(body, heading, from, to, blocks, subsections.ToImmutable()));
        }

        return sections.ToImmutable();
    }

    private static Section Create(
        ArticleBody body, int heading, int from, int to, ImmutableArray<Block> blocks, ImmutableArray<Section> subsections)
    {
        var last = body.TrimBlankEnd(from, to) - 1;
        var first = heading >= 0 ? heading : body.SkipBlank(from, to);
        return new Section
        {
            Heading = heading >= 0 ? body.Trimmed(heading).ToString() : null,
            HeadingSpan = heading >= 0 ? body.Span(heading, heading + 1) : null,
            Span = body.Span(first, Math.Max(first, last)),
            Blocks = blocks,
            Subsections = subsections,
        };
    }

    /// <summary>
    /// The parts of a region split at headings of one level: (heading line, first line, end).
    /// Text before the first heading is a part with heading -1, left out when it is blank.
    /// </summary>
    private static List<(int Heading, int From, int To)> Split(ArticleBody body, int start, int end, char underline)
    {
        var parts = new List<(int, int, int)>();
        var partStart = start;
        var partHeading = -1;
        for (var i = start; i + 1 < end; i++)
        {
            if (!IsHeading(body, i, start, underline))
            {
                continue;
            }

            if (partHeading >= 0 || body.SkipBlank(partStart, i) < i)
            {
                parts.Add((partHeading, partStart, i));
            }

            partHeading = i;
            partStart = i;
            i++;
        }

        if (partHeading >= 0 || body.SkipBlank(partStart, end) < end)
        {
            parts.Add((partHeading, partStart, end));
        }

        return parts;
    }

    private static bool IsHeading(ArticleBody body, int line, int start, char underline)
    {
        if (body.IsBlank(line) || body.IsBlank(line + 1) || (line > start && !body.IsBlank(line - 1)))
        {
            return false;
        }

        var text = body.Trimmed(line);
        var rule = body.Trimmed(line + 1);
        if (!Rules.IsRule(rule, underline) || !text.ContainsAnyExcept(underline) || text.Length > 80)
        {
            return false;
        }

        var close = Math.Abs(rule.Length - text.Length) <= 3;
        if (underline == '=')
        {
            return close || rule.Length < Rules.LongRuleLength;
        }

        // A sub-heading is not a list item, not a table header (wide gaps), and is underlined to its length.
        return close && rule.Length >= 3 && body.Indent(line) <= 3
            && !ListMarker.StartsAnyList(text)
            && !text.Contains("   ", StringComparison.Ordinal);
    }
}
