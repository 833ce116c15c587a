using System.Globalization;
using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Reads the error messages an article quotes: indented text announced by "… the following error
/// message:", event-log excerpts (Event ID, source, description) and "Err Msg:" titles.
/// </summary>
public sealed partial class ErrorMessageExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        foreach (var section in context.Article.Sections)
        {
            string? preceding = null;
            foreach (var block in context.BlocksOf(section))
            {
                if (block is LiteralBlock literal && (preceding is null || !QuotesAnError(preceding) || !InlineMessage().IsMatch(preceding)))
                {
                    Read(literal, preceding, ExtractionContext.Where(section, block), record);
                }
                else if (block is BulletList list && preceding is not null && preceding.EndsWith(':') && ErrorNoun().IsMatch(LastClause(preceding)))
                {
                    // "… one of the following error messages:" over a list: each item is a message.
                    foreach (var item in list.Items)
                    {
                        Add(record, new ErrorMessage(Unquote(item.Content), null, null, ExtractionContext.Where(section, item)));
                    }
                }

                if (block.Prose is { } content && QuotesAnError(content))
                {
                    foreach (Match inline in InlineMessage().Matches(content))
                    {
                        Add(record, new ErrorMessage(inline.Groups["m"].Value.Trim(), null, null, ExtractionContext.Where(section, block)));
                    }
                }

                preceding = block.Prose ?? preceding;
            }
        }

        // A title's message is usually a shortened form of the one the body quotes: it counts only when the body quotes none.
        if (record.ErrorMessages.Count == 0 && TitleMessage().Match(context.Article.Title) is { Success: true } titled)
        {
            var message = titled.Groups["message"].Value.Trim();
            if (message.Length > 0)
            {
                record.ErrorMessages.Add(new ErrorMessage(message, null, null, new Provenance(null, "title", context.Article.HeaderSpan)));
            }
        }
    }

    private static void Read(LiteralBlock literal, string? preceding, Provenance where, KnowledgeRecordBuilder record)
    {
        var lines = literal.Text.Split('\n').Select(line => line.Trim()).ToList();
        if (literal.Text.Contains("Event", StringComparison.OrdinalIgnoreCase) && lines.Any(line => EventIdLine().IsMatch(line)))
        {
            record.ErrorMessages.Add(ReadEvent(lines, where));
            return;
        }

        // Announced ("… the following error message:"), or introduced by a colon and an error itself ("In MS-DOS:").
        // What the colon introduces decides: "the following error message:", not "the following code:"
        // (unless it is "the error … for the sample code below is:"). A message is a few lines at most.
        if (preceding is null || !preceding.EndsWith(':') || LongestRun(lines) > 6)
        {
            return;
        }

        var clause = LastClause(preceding);
        var announced = Announces().IsMatch(clause);
        if ((NotAMessage().IsMatch(clause) && !ErrorNoun().IsMatch(clause))
            || !(announced || (lines.Count <= 4 && ErrorWords().IsMatch(literal.Text))))
        {
            return;
        }

        // A blank line or "-or-" between two quoted messages separates them.
        var message = new List<string>();
        foreach (var line in lines.Append("-or-"))
        {
            if (line.Length == 0 || Or().IsMatch(line))
            {
                if (message.Count > 0 && !IsReference(message[0]))
                {
                    record.ErrorMessages.Add(new ErrorMessage(Unquote(string.Join(' ', message)), null, null, where));
                }

                message.Clear();
            }
            else
            {
                message.Add(line);
            }
        }
    }

    /// <summary>A cheap screen before the inline-message pattern: a quote and the word "error".</summary>
    private static bool QuotesAnError(string text) =>
        text.Contains('"', StringComparison.Ordinal) && text.Contains("error", StringComparison.OrdinalIgnoreCase);

    private static void Add(KnowledgeRecordBuilder record, ErrorMessage message)
    {
        if (message.Text.Length > 0 && !record.ErrorMessages.Any(known => string.Equals(known.Text, message.Text, StringComparison.OrdinalIgnoreCase)))
        {
            record.ErrorMessages.Add(message);
        }
    }

    /// <summary>The words after the last comma or period: what the colon introduces.</summary>
    private static string LastClause(string text) => text[(Math.Max(text.LastIndexOf(','), text.LastIndexOf(". ", StringComparison.Ordinal)) + 1)..];

    /// <summary>The most lines in a row without a blank line: one message's length.</summary>
    private static int LongestRun(List<string> lines)
    {
        int longest = 0, run = 0;
        foreach (var line in lines)
        {
            run = line.Length == 0 ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static ErrorMessage ReadEvent(List<string> lines, Provenance where)
    {
        int? eventId = null;
        string? source = null;
        var description = new List<string>();
        var inDescription = false;
        foreach (var line in lines.Where(line => line.Length > 0))
        {
            var field = EventField().Match(line);
            if (inDescription || !field.Success)
            {
                description.Add(line);
                continue;
            }

            var (name, value) = (field.Groups["name"].Value, field.Groups["value"].Value.Trim());
            if (name.Contains("ID", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                eventId = id;
            }
            else if (name.Contains("Source", StringComparison.OrdinalIgnoreCase))
            {
                source = value;
            }
            else if (name.Equals("Description", StringComparison.OrdinalIgnoreCase))
            {
                inDescription = true;
                if (value.Length > 0)
                {
                    description.Add(value);
                }
            }
        }

        return new ErrorMessage(Unquote(string.Join(' ', description)), eventId, source, where);
    }

    private static string Unquote(string text) =>
        text.Length > 1 && text[0] == '"' && text[^1] == '"' && text.Count(c => c == '"') == 2 ? text[1..^1].Trim() : text;

    private static bool IsReference(string line) => line.Length > 1 && line[0] == 'Q' && char.IsAsciiDigit(line[1]);

    [GeneratedRegex(@"^Event\s*ID\s*:\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex EventIdLine();

    [GeneratedRegex(@"^(?<name>Event\s*ID|Event\s*Source|Source|Event\s*Type|Type|Event\s*Category|Category|Date|Time|User|Computer|Description)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex EventField();

    [GeneratedRegex(@"\b(errors?|messages?|warnings?|events?|stop|fails?|failure|dialog box|displayed|returns?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announces();

    [GeneratedRegex(@"\b(error|fail(?:ed|ure)?|cannot|can't|unable|invalid|violation|not found|denied|fatal|exception)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorWords();

    // "Err Msg: …", "ErrMsg: …", "Error Message: …", "Error Message A4100: …" in a title.
    [GeneratedRegex(@"\b(?:Err\s?Msg\s*:|Error\s+Message(?:\s*:|(?=\s+[A-Z]+\d+:)))\s*(?<message>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleMessage();

    [GeneratedRegex(@"\b(errors?|messages?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorNoun();

    // A message quoted inside a sentence: the error message "A4100: Impure memory reference", an "ODBC Call Failed" error.
    [GeneratedRegex(@"\berror(?: message)?\s+""(?<m>[^""]{3,200})""|""(?<m>[^""]{3,200})""\s+error\b", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMessage();

    [GeneratedRegex(@"\b(code|example|sample|syntax|type the following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAMessage();

    [GeneratedRegex(@"^-?\s*or\s*-?$", RegexOptions.IgnoreCase)]
    private static partial Regex Or();
}
