using System.Text.RegularExpressions;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Reads condition clauses ("after you …", "if …", "when …", "only if …", "this article assumes
/// that …", parenthesised restrictions such as "(sites that are not directly connected …)") from
/// SYMPTOMS, CAUSE and SUMMARY (not from paragraphs that give an example), turns each into a
/// question, and binds it through the vocabulary.
/// </summary>
public sealed partial class ConditionExtractor : IKnowledgeExtractor
{
    private static readonly string[] Sections = ["SYMPTOMS", "SYMPTOM", "CAUSE", "SUMMARY"];

    // Most sentences hold no cue: a vectorized search for the cue words screens them before the regular expression runs.
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["if ", "when ", "whenever ", "after ", "unless ", "assumes that", "provided that"], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        // An example illustrates the problem; its "if …" clauses are not conditions of it.
        var sentences = context.Article.Sections
            .Where(section => section.Heading is { } heading && Sections.Contains(heading, StringComparer.OrdinalIgnoreCase))
            .SelectMany(section => context.BlocksOf(section)
                .Where(block => block.Prose is { } prose && !IsExample(prose))
                .SelectMany(block => BlockSentences.Of(block, section.Heading)))
            .ToList();
        if (sentences.Count == 0)
        {
            // A free-text article: its opening paragraph stands for the symptoms (the title aside).
            sentences = [.. record.Symptoms.Skip(1)];
        }

        foreach (var sentence in sentences)
        {
            if (sentence.Text.AsSpan().ContainsAny(Cues))
            {
                foreach (Match clause in Clause().Matches(sentence.Text))
                {
                    var text = clause.Value.Trim().TrimEnd('.', ',', ';', ':');
                    var cue = clause.Groups["cue"].Value.ToLowerInvariant();
                    record.Conditions.Add(new Condition(text, cue, Question(cue, clause.Groups["rest"].Value), context.Data.Vocabulary.Bind(text), sentence.Provenance));
                }
            }

            if (sentence.Text.Contains('(', StringComparison.Ordinal))
            {
                foreach (Match restriction in Restriction().Matches(sentence.Text))
                {
                    var text = restriction.Groups["body"].Value.Trim();
                    record.Conditions.Add(new Condition(text, "restriction", $"Are there {text}?", context.Data.Vocabulary.Bind(text), sentence.Provenance));
                }
            }
        }
    }

    private static bool IsExample(string prose) =>
        prose.StartsWith("For example", StringComparison.OrdinalIgnoreCase) || prose.StartsWith("For instance", StringComparison.OrdinalIgnoreCase);

    /// <summary>The clause asked as a question: "after you configure X" → "Did you configure X?".</summary>
    private static string Question(string cue, string rest)
    {
        rest = rest.Trim().TrimEnd('.', ',', ';', ':');
        var lower = cue.ToLowerInvariant();
        if (lower.EndsWith("assumes that", StringComparison.Ordinal))
        {
            return $"Is it true that {rest}?";
        }

        if (rest.StartsWith("you ", StringComparison.OrdinalIgnoreCase))
        {
            return lower.StartsWith("after", StringComparison.Ordinal) ? $"Did {rest}?" : $"Do {rest}?";
        }

        return $"Is it the case that {rest}?";
    }

    // A cue and its clause, up to the comma that ends an opening clause or the end of the sentence.
    [GeneratedRegex(@"(?<cue>\b(?:only if|if|when|whenever|after|unless|(?:this article )?assumes that|provided that))\s+(?<rest>(?:[^,;()]|\([^()]*\))+)", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    // A parenthesised restriction: "(sites that are not directly connected to MS Mail)".
    [GeneratedRegex(@"\((?<body>[^()]{6,}?\b(?:that|which|who|where|not|only|except)\b[^()]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex Restriction();
}
