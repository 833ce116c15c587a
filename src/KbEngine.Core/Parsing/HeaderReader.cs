using System.Globalization;

namespace KbEngine.Core.Parsing;

/// <summary>Reads the header fields at the top of an article (<c>Article:</c> to <c>Last Modified:</c>).</summary>
internal static class HeaderReader
{
    public static readonly string[] RequiredFields =
        ["Article", "Product(s)", "Version(s)", "Operating System(s)", "Keyword(s)", "Last Modified"];

    public sealed class Header
    {
        public Dictionary<string, string> Fields { get; } = new(StringComparer.OrdinalIgnoreCase);

        public int First { get; set; }

        /// <summary>The line after the header.</summary>
        public int End { get; set; }

        public string Get(string key) => Fields.TryGetValue(key, out var value) ? value : string.Empty;
    }

    public static Header Read(ArticleBody body)
    {
        var header = new Header();
        var i = header.First = body.SkipBlank(0, body.Count);
        while (i < body.Count && !body.IsBlank(i)
            && KeyValueLine.TryRead(body.Trimmed(i), out var key, out var value)
            && header.Fields.TryAdd(key.ToString(), value.ToString()))
        {
            i++;
        }

        header.End = i;
        return header;
    }

    public static IEnumerable<string> Missing(Header header) =>
        RequiredFields.Where(field => !header.Fields.ContainsKey(field));

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, ["d-MMM-yyyy", "dd-MMM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
