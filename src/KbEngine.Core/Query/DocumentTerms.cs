using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Query;

/// <summary>The terms of one article, counted per <see cref="SearchField"/>: what the index stores for it.</summary>
public sealed class DocumentTerms
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    // Each thread counts in one table that it keeps (cleared, not reallocated): a dictionary and a
    // count array per term, grown anew for every article, were a tenth of what a compile allocated.
    [ThreadStatic]
    private static Dictionary<string, int>? _slots;

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
        var slots = _slots ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = _scratch ??= [];
        slots.Clear();
        counts.Clear();
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
                if (!slots.TryGetValue(term, out var slot))
                {
                    slot = slots.Count;
                    slots.Add(term, slot);
                    for (var f = 0; f < FieldCount; f++)
                    {
                        counts.Add(0);
                    }
                }

                var at = (slot * FieldCount) + (int)field;
                if (counts[at] < ushort.MaxValue)
                {
                    counts[at]++;
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

        var distinct = new string[slots.Count];
        foreach (var (term, slot) in slots)
        {
            distinct[slot] = term;
        }

        return new DocumentTerms(distinct, [.. counts], lengths);

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
