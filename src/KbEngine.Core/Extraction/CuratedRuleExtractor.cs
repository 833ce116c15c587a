using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Replaces an article's extracted conditions with its curated rule's, when the rule gives any.
/// Each curated condition takes the provenance of the sentence that holds its quote.
/// </summary>
/// <remarks>Runs last, so a rule sees (and overrides) everything the other extractors found.</remarks>
public sealed class CuratedRuleExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        if (context.Data.Rules.For(context.Article.Id) is not { Conditions.IsEmpty: false } rule)
        {
            return;
        }

        var sentences = context.Article.Sections.SelectMany(section => context.Sentences(section)).Concat(record.Symptoms).ToList();
        record.Conditions.Clear();
        foreach (var curated in rule.Conditions)
        {
            var source = sentences.FirstOrDefault(s => Contains(s.Text, curated.Quote));
            var provenance = source?.Provenance ?? new Provenance(null, "rule", context.Article.HeaderSpan);
            var binding = curated.Pattern is null ? null : new ConditionBinding($"{rule.ArticleId}/{curated.Key}", "pattern", curated.Pattern);
            record.Conditions.Add(new Condition(curated.Quote, "curated", curated.Question, binding, provenance));
        }
    }

    /// <summary>Whether a sentence holds the quote, line breaks and runs of spaces aside.</summary>
    public static bool Contains(string sentence, string quote)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(quote);
        return Normalize(sentence).Contains(Normalize(quote), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
