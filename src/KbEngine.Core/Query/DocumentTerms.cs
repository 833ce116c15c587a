using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Query;

/// <summary>The terms of one article, counted per <see cref="SearchField"/>: what the index stores for it.</summary>
public sealed class DocumentTerms
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    // Each thread counts in one list that it keeps (cleared, not reallocated): a count array per
    // term, grown anew for every article, was a tenth of what a compile allocated.
    [ThreadStatic]
    private static List<ushort>? _scratch;

    private readonly string[] _terms;
    private readonly ushort[] _counts;
    private Dictionary<string, ushort[]>? _byTerm;

    private DocumentTerms(string[] terms, ushort[] counts, int[] lengths)
    {
        _terms = terms;
        _counts = counts;
        Lengths = lengths;
    }

    /// <summary>The distinct terms, in the order the article first uses them.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Each term's count in each field (indexed by the field's number).</summary>
    public IReadOnlyDictionary<string, ushort[]> Counts =>
        _byTerm ??= _terms.Select((term, i) => (term, i)).ToDictionary(p => p.term, p => CountsOf(p.i).ToArray(), StringComparer.Ordinal);

    /// <summary>Each field's length in terms.</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>The counts per field of the <paramref name="term"/>-th of <see cref="Terms"/>.</summary>
    public ReadOnlySpan<ushort> CountsOf(int term) => _counts.AsSpan(term * FieldCount, FieldCount);

    /// <summary>Counts the terms of an article and what extraction found in it.</summary>
    public static DocumentTerms Of(Article article, KnowledgeRecord? knowledge, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analyzer);
        var words = analyzer.WordsOfThisThread();
        var counts = _scratch ??= [];
        counts.Clear();
        var counter = new Counter(words.NextDocument(), [], counts, new int[FieldCount]);

        void Add(SearchField field, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                counter.Field = field;
                analyzer.Analyze(text, words, ref counter);
            }
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
                    counter.Field = SearchField.Errors;
                    counter.Add(words.TermOf(EventTerm(eventId)));
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

        return new DocumentTerms([.. counter.Terms], [.. counts], counter.Lengths);

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

    /// <summary>Counts a document's terms per field; a term's slot is kept on the term itself (see <see cref="AnalyzedTerm"/>).</summary>
    private struct Counter(int document, List<string> terms, List<ushort> counts, int[] lengths) : ITermSink
    {
        public SearchField Field { get; set; }

        public readonly List<string> Terms => terms;

        public readonly int[] Lengths => lengths;

        public readonly void Add(AnalyzedTerm term)
        {
            if (term.Document != document)
            {
                term.Document = document;
                term.Slot = terms.Count;
                terms.Add(term.Text);
                for (var f = 0; f < FieldCount; f++)
                {
                    counts.Add(0);
                }
            }

            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(counts)[(term.Slot * FieldCount) + (int)Field];
            if (count < ushort.MaxValue)
            {
                count++;
            }

            lengths[(int)Field]++;
        }
    }

    /// <summary>The term that stands for an event id (<c>event246</c>), in articles and in queries ("event id 246").</summary>
    public static string EventTerm(int eventId) => $"event{eventId}";
}
