using System.Collections.Immutable;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads the box "The information in this article applies to:" between two dashed rules.</summary>
internal static class AppliesToReader
{
    public readonly record struct AppliesTo(ImmutableArray<AppliesToEntry> Entries, int First, int End);

    /// <summary>How far below the header the box may start: a line or two of text sometimes comes first (Q219957).</summary>
    private const int SearchLines = 12;

    /// <summary>Reads the box that opens within a few lines of <paramref name="start"/>; null when there is none.</summary>
    public static AppliesTo? Read(ArticleBody body, int start, int end)
    {
        for (var open = body.SkipBlank(start, end); open < Math.Min(end, start + SearchLines); open = body.SkipBlank(open + 1, end))
        {
            if (Rules.IsLongRule(body.Trimmed(open), '-') && ReadBox(body, open, end) is { } box)
            {
                return box;
            }
        }

        return null;
    }

    private static AppliesTo? ReadBox(ArticleBody body, int open, int end)
    {

        var close = open + 1;
        while (close < end && !Rules.IsLongRule(body.Trimmed(close), '-'))
        {
            close++;
        }

        if (close == end || !ContainsAppliesTo(body, open + 1, close))
        {
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<AppliesToEntry>();
        var i = open + 1;
        while (i < close)
        {
            if (!IsItemStart(body, i))
            {
                i++;
                continue;
            }

            var last = i;
            while (last + 1 < close && !body.IsBlank(last + 1) && !IsItemStart(body, last + 1))
            {
                last++;
            }

            entries.Add(new AppliesToEntry(body.Unwrapped(i, last, skip: 1), body.Span(i, last)));
            i = last + 1;
        }

        return new AppliesTo(entries.ToImmutable(), open, close + 1);
    }

    private static bool IsItemStart(ArticleBody body, int index) => body.Trimmed(index) is ['-', ' ', ..];

    private static bool ContainsAppliesTo(ArticleBody body, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (body.Line(i).Contains("applies to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
