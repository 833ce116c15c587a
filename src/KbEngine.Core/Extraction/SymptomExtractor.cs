using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Extraction;

/// <summary>
/// Reads the symptom statements: the title (without its area code), then the sentences of
/// SYMPTOMS, else of SUMMARY, else of the article's first paragraph.
/// </summary>
public sealed class SymptomExtractor : IKnowledgeExtractor
{
    /// <inheritdoc />
    public void Extract(ExtractionContext context, KnowledgeRecordBuilder record)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(record);
        var article = context.Article;
        record.Symptoms.Add(new Sentence(TitleWithoutArea(article), new Provenance(null, "title", article.HeaderSpan)));
        if ((context.Section("SYMPTOMS", "SYMPTOM") ?? context.Section("SUMMARY")) is { } section)
        {
            record.Symptoms.AddRange(context.Sentences(section));
            return;
        }

        foreach (var candidate in article.Sections)
        {
            if (context.BlocksOf(candidate).OfType<Paragraph>().FirstOrDefault() is { } opening)
            {
                record.Symptoms.AddRange(BlockSentences.Of(opening, candidate.Heading));
                return;
            }
        }
    }

    /// <summary>The title without its area code: "XFOR: MS Mail Users …" → "MS Mail Users …".</summary>
    public static string TitleWithoutArea(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Area is { } area && article.Title.StartsWith(area + ":", StringComparison.Ordinal)
            ? article.Title[(area.Length + 1)..].Trim()
            : article.Title;
    }
}
