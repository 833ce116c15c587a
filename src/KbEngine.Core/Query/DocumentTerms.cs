using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Query;

/// <summary>The terms of one article, counted per <see cref="SearchField"/>: what the index stores for it.</summary>
public sealed class DocumentTerms
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    private DocumentTerms(Dictionary<string, ushort[]> counts, int[] lengths)
    {
        Counts = counts;
        Lengths = lengths;
    }

    /// <summary>Each term's count in each field (indexed by the field's number).</summary>
    public IReadOnlyDictionary<string, ushort[]> Counts { get; }

    /// <summary>Each field's length in terms.</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>Counts the terms of an article and what extraction found in it.</summary>
    public static DocumentTerms Of(Article article, KnowledgeRecord? knowledge, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analyzer);
        var counts = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        var lengths = new int[FieldCount];
        var terms = new List<string>();

        void Add(SearchField field, string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            terms.Clear();
            analyzer.AddTerms(text, terms);
            AddTerms(field, terms);
        }

        void AddTerms(SearchField field, List<string> fieldTerms)
        {
            foreach (var term in fieldTerms)
            {
                if (!counts.TryGetValue(term, out var perField))
                {
                    counts[term] = perField = new ushort[FieldCount];
                }

                if (perField[(int)field] < ushort.MaxValue)
                {
                    perField[(int)field]++;
                }
            }

            lengths[(int)field] += fieldTerms.Count;
        }

        Add(SearchField.Title, article.Title);
        Add(SearchField.Keywords, string.Join(' ', article.Keywords));
        Add(SearchField.Keywords, article.AdditionalQueryWords);
        Add(SearchField.Keywords, string.Join(' ', article.Products));
        Add(SearchField.Keywords, article.Area);
        foreach (var section in article.Sections)
        {
            AddSection(section);
        }

        if (knowledge is not null)
        {
            foreach (var symptom in knowledge.Symptoms.Where(s => s.Provenance.Block != "title"))
            {
                Add(SearchField.Symptoms, symptom.Text);
            }

            foreach (var message in knowledge.ErrorMessages)
            {
                Add(SearchField.Errors, message.Text);
                Add(SearchField.Errors, message.Source);
                if (message.EventId is { } eventId)
                {
                    AddTerms(SearchField.Errors, [EventTerm(eventId)]);
                }
            }

            foreach (var condition in knowledge.Conditions)
            {
                Add(SearchField.Conditions, condition.Text);
            }

            foreach (var sentence in knowledge.Cause)
            {
                Add(SearchField.Cause, sentence.Text);
            }
        }

        return new DocumentTerms(counts, lengths);

        void AddSection(Section section)
        {
            foreach (var block in section.Blocks)
            {
                Add(SearchField.Body, block.Text);
            }

            foreach (var sub in section.Subsections)
            {
                AddSection(sub);
            }
        }
    }

    /// <summary>The term that stands for an event id (<c>event246</c>), in articles and in queries ("event id 246").</summary>
    public static string EventTerm(int eventId) => $"event{eventId}";
}
