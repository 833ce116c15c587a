using KbEngine.Core.Compilation;
using KbEngine.Core.Knowledge;

namespace KbEngine.Site.Search;

/// <summary>One worker's share of the search index: term → (document, weight), merged into the whole at the end.</summary>
internal sealed class SearchIndexPart(IReadOnlyDictionary<int, int> positions)
{
    // Title words count most, then quoted error messages, then the symptom sentences: the fields a user's words match best.
    private const int TitleWeight = 4;
    private const int ErrorWeight = 2;
    private const int SymptomWeight = 1;

    private readonly Dictionary<string, int> _weights = new(StringComparer.Ordinal);

    public Dictionary<string, List<(int Document, int Weight)>> Postings { get; } = new(StringComparer.Ordinal);

    /// <summary>Each article's terms with their weights, by its position: what an incremental build patches into the shards.</summary>
    public Dictionary<int, (string Term, int Weight)[]> Documents { get; } = [];

    public void Add(ArticleSummary summary, KnowledgeRecord record)
    {
        _weights.Clear();
        AddText(summary.Title, TitleWeight);
        foreach (var message in record.ErrorMessages)
        {
            AddText(message.Text, ErrorWeight);
        }

        foreach (var symptom in record.Symptoms)
        {
            AddText(symptom.Text, SymptomWeight);
        }

        var position = positions[summary.Document];
        var terms = new (string Term, int Weight)[_weights.Count];
        var n = 0;
        foreach (var (term, weight) in _weights)
        {
            if (!Postings.TryGetValue(term, out var list))
            {
                Postings[term] = list = [];
            }

            list.Add((position, Math.Min(weight, 255)));
            terms[n++] = (term, Math.Min(weight, 255));
        }

        Documents[position] = terms;
    }

    private void AddText(string text, int weight)
    {
        // A term already seen (in this article, or in another of this part) reuses its string.
        var weights = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
        var postings = Postings.GetAlternateLookup<ReadOnlySpan<char>>();
        SearchTerms.ForEach(text, term =>
        {
            if (weights.TryGetValue(term, out var known, out var sum))
            {
                _weights[known] = sum + weight;
            }
            else
            {
                _weights[postings.TryGetValue(term, out var seen, out _) ? seen : term.ToString()] = weight;
            }
        });
    }
}
