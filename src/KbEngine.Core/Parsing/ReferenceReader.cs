using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Finds the lines that cite another article: <c>Q148389 XFOR: How to …</c>, <c>Q121517: How to …</c>.</summary>
internal static partial class ReferenceReader
{
    public static ImmutableArray<Reference> Read(ArticleBody body, int start, int end)
    {
        var references = ImmutableArray.CreateBuilder<Reference>();
        for (var i = start; i < end; i++)
        {
            var line = body.Trimmed(i);
            if (line.Length < 6 || line[0] != 'Q' || !char.IsAsciiDigit(line[1]))
            {
                continue;
            }

            var match = ReferenceLine().Match(line.ToString());
            if (match.Success)
            {
                references.Add(new Reference("Q" + match.Groups["n"].Value, match.Groups["t"].Value.Trim(), body.Span(i, i)));
            }
        }

        return references.ToImmutable();
    }

    // The title follows a space, a colon or a dash, or is glued to the number when it starts with
    // an area code or a capitalised word (Q70818BUG: …, Q98756Increased …), as some articles have it.
    // A title starts with a capital, a digit or a quote, which keeps prose that wraps onto a number out.
    [GeneratedRegex(@"^Q(?<n>\d{3,7})(?:\s*:\s*|\s+-\s+|\s+|(?=[A-Z][A-Z0-9]+:)|(?=[A-Z][a-z]))(?<t>[A-Z0-9""'].*)$")]
    private static partial Regex ReferenceLine();
}
