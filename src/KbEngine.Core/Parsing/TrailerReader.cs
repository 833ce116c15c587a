namespace KbEngine.Core.Parsing;

/// <summary>
/// Reads the trailer at the end of an article: <c>Additional query words:</c>, a rule of <c>=</c>,
/// the <c>Keywords</c>, <c>Technology</c>, <c>Version</c>, <c>Issue type</c>, <c>Solution Type</c> fields, a closing rule.
/// </summary>
/// <remarks>
/// The trailer is found from the end backwards, and only lines that are trailer-shaped are taken,
/// so a rule of <c>=</c> inside older free-text articles is never mistaken for one.
/// </remarks>
internal static class TrailerReader
{
    private const string QueryWords = "Additional query words:";

    private static readonly HashSet<string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Keywords", "Technology", "Version", "Issue type", "Solution Type", "Hardware", "Component", "Platform",
    };

    public sealed class Trailer
    {
        public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string? AdditionalQueryWords { get; set; }

        public int First { get; set; }

        public int End { get; set; }

        public string? Get(string key) => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
    }

    public static Trailer? Read(ArticleBody body, int start)
    {
        var end = body.TrimBlankEnd(start, body.Count);
        var i = end - 1;
        if (i >= start && Rules.IsLongRule(body.Trimmed(i), '='))
        {
            i--;
        }

        var trailer = new Trailer { End = end };
        var fieldLines = 0;
        var k = i;
        while (k >= start && (body.IsBlank(k) || IsField(body.Trimmed(k))))
        {
            fieldLines += body.IsBlank(k) ? 0 : 1;
            k--;
        }

        var first = -1;
        if (fieldLines > 0 && k >= start && Rules.IsLongRule(body.Trimmed(k), '='))
        {
            for (var f = k + 1; f <= i; f++)
            {
                if (!body.IsBlank(f) && KeyValueLine.TryRead(body.Trimmed(f), out var key, out var value))
                {
                    trailer.Fields[key.ToString()] = value.ToString();
                }
            }

            first = k;
            i = k - 1;
        }

        // The query words sit just above the fields' rule, sometimes wrapped onto a second line.
        var words = body.TrimBlankEnd(start, i + 1) - 1;
        for (var w = words; w >= Math.Max(start, words - 1); w--)
        {
            if (body.Trimmed(w).StartsWith(QueryWords, StringComparison.OrdinalIgnoreCase))
            {
                var text = body.Unwrapped(w, words, skip: QueryWords.Length);
                trailer.AdditionalQueryWords = text.Length > 0 ? text : null;
                first = w;
                break;
            }
        }

        if (first < 0)
        {
            return null;
        }

        trailer.First = first;
        return trailer;
    }

    private static bool IsField(ReadOnlySpan<char> trimmed) =>
        KeyValueLine.TryRead(trimmed, out var key, out _)
        && FieldNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
}
