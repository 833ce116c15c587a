using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Finds the lines that cite another article: <c>Q148389 XFOR: How to …</c>, <c>Q121517: How to …</c>.</summary>
/// <remarks>
/// A title normally starts with a capital, a digit or a quote, which keeps prose that wraps onto
/// an article number out ("Q174679 for more information."). A lower-case title is still a
/// reference when the line sits in a list of references (a neighbour at the same indentation is
/// one). An indented reference whose title wraps onto the next line, at the same indentation, is
/// read whole.
/// </remarks>
internal static partial class ReferenceReader
{
    private readonly record struct Candidate(int Line, string Id, string Title, bool Capitalised);

    public static ImmutableArray<Reference> Read(ArticleBody body, int start, int end)
    {
        var candidates = new List<Candidate>();
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
                var title = match.Groups["t"].Value.Trim();
                candidates.Add(new Candidate(i, "Q" + match.Groups["n"].Value, title, !char.IsAsciiLetterLower(title[0])));
            }
        }

        var references = ImmutableArray.CreateBuilder<Reference>(candidates.Count);
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            if (!candidate.Capitalised && !HasReferenceNeighbour(body, candidates, c, end))
            {
                continue;
            }

            var last = candidate.Line;
            var title = candidate.Title;
            var indent = body.Indent(candidate.Line);
            while (indent > 0 && last + 1 < end && body.Indent(last + 1) == indent && !StartsWithNumber(body.Trimmed(last + 1)))
            {
                last++;
                title = $"{title} {body.Trimmed(last)}";
            }

            references.Add(new Reference(candidate.Id, title, body.Span(candidate.Line, last)));
        }

        return references.ToImmutable();
    }

    private static bool HasReferenceNeighbour(ArticleBody body, List<Candidate> candidates, int index, int end)
    {
        var line = candidates[index].Line;
        var indent = body.Indent(line);
        var previous = line - 1;
        while (previous >= 0 && body.IsBlank(previous))
        {
            previous--;
        }

        var next = body.SkipBlank(line + 1, end);
        return (index > 0 && candidates[index - 1] is { Capitalised: true } before && before.Line == previous && body.Indent(previous) == indent)
            || (index + 1 < candidates.Count && candidates[index + 1] is { Capitalised: true } after && after.Line == next && body.Indent(next) == indent);
    }

    private static bool StartsWithNumber(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 1 && trimmed[0] == 'Q' && char.IsAsciiDigit(trimmed[1]);

    // The title follows a space, a colon or a dash, or is glued to the number when it starts with
    // an area code or a capitalised word (Q70818BUG: …, Q98756Increased …), as some articles have it.
    [GeneratedRegex(@"^Q(?<n>\d{3,7})(?:\s*:\s*|\s+-\s+|\s+|(?=[A-Z][A-Z0-9]+:)|(?=[A-Z][a-z]))(?<t>[A-Za-z0-9""'].*)$")]
    private static partial Regex ReferenceLine();
}
