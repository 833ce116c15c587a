using System.Buffers;
using System.Globalization;
using System.Text;

namespace KbEngine.Site.Rendering;

/// <summary>
/// Escapes text for HTML exactly as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> does
/// (which Scriban's <c>html.escape</c> calls), a run of plain characters at a time.
/// </summary>
/// <remarks>
/// <see cref="System.Net.WebUtility.HtmlEncode(string)"/> appends one character at a time from the
/// first one it must escape: on the archive's raw texts that was a tenth of the article
/// template's time. Here plain ASCII is found with one vectorized search and copied whole. The
/// output is the same character for character: <c>&lt; &gt; &amp; &quot;</c> and <c>&amp;#39;</c>,
/// U+00A0–U+00FF and characters beyond the BMP as decimal references, an unpaired surrogate as U+FFFD.
/// </remarks>
internal static class HtmlText
{
    // Every ASCII character WebUtility.HtmlEncode copies as it is.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not ('<' or '>' or '&' or '"' or '\''))));

    /// <summary><paramref name="text"/> escaped; the same instance when nothing needs escaping (null stays null, as Scriban's own gives it).</summary>
    public static string? Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        // A builder each thread keeps: the raw text of every article page is escaped, and a new
        // builder grown chunk by chunk for each was half a gigabyte of a build's garbage.
        var builder = t_builder ??= new StringBuilder(16 * 1024);
        builder.Clear();
        builder.Append(text.AsSpan(0, first));
        AppendFrom(builder, text.AsSpan(first));
        var escaped = builder.ToString();
        if (builder.Capacity > 1 << 19) // characters: 1 MB
        {
            t_builder = null; // one huge article does not leave a thread holding its buffer
        }

        return escaped;
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="builder"/>.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AppendFrom(builder, text);
    }

    private static int FirstToEscape(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            var next = text[at..].IndexOfAnyExcept(PlainAscii);
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (MustEscape(text[at]))
            {
                return at;
            }

            at++;
        }
    }

    // Outside ASCII only U+00A0–U+00FF and surrogates change; the rest is copied as it is.
    private static bool MustEscape(char c) => c < 128 || c is >= '\u00A0' and <= '\u00FF' || char.IsSurrogate(c);

    private static void AppendFrom(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var run = text[i..].IndexOfAnyExcept(PlainAscii);
            if (run < 0)
            {
                builder.Append(text[i..]);
                return;
            }

            builder.Append(text.Slice(i, run));
            i += run;
            var c = text[i];
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case >= '\u00A0' and <= '\u00FF':
                    AppendReference(builder, c);
                    break;
                default:
                    if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        AppendReference(builder, char.ConvertToUtf32(c, text[i + 1]));
                        i++;
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }

            i++;
        }
    }

    private static void AppendReference(StringBuilder builder, int value) =>
        builder.Append("&#").Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
}
