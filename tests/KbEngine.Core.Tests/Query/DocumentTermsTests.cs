using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Core.Query;

namespace KbEngine.Core.Tests.Query;

public class DocumentTermsTests
{
    public static TheoryData<string> Fixtures() => [.. FixtureArticles.All().Where(name => !name.Contains('.', StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EachFieldCountsTheTermsTheAnalyzerGivesItsText(string name)
    {
        var result = FixtureArticles.Parse(name);
        var article = result.Article!;
        var knowledge = KbPipeline.Default.Read(FixtureArticles.Document(name), extract: true).Knowledge;

        var counted = DocumentTerms.Of(article, knowledge, TextAnalyzer.Default);

        var expected = ExpectedCounts(article, knowledge);
        Assert.Equal(expected.Keys, counted.Terms); // in the order the article first uses them
        foreach (var (term, fields) in expected)
        {
            Assert.True(fields.AsSpan().SequenceEqual(counted.Counts[term]), $"{name}: counts of '{term}'");
        }

        for (var field = 0; field < counted.Lengths.Count; field++)
        {
            Assert.Equal(expected.Values.Sum(counts => counts[field]), counted.Lengths[field]);
        }
    }

    [Fact]
    public void AnArticleCountedAgainGivesTheSameCounts()
    {
        // The analyzer keeps a document's slot on each term: a second document must not see the first one's.
        var first = FixtureArticles.Article("Q199534");
        var other = FixtureArticles.Article("Q274833");

        var before = DocumentTerms.Of(first, null, TextAnalyzer.Default);
        DocumentTerms.Of(other, null, TextAnalyzer.Default);
        var after = DocumentTerms.Of(first, null, TextAnalyzer.Default);

        Assert.Equal(before.Terms, after.Terms);
        Assert.All(before.Terms, term => Assert.Equal(before.Counts[term], after.Counts[term]));
        Assert.Equal(before.Lengths, after.Lengths);
    }

    [Fact]
    public void ACountStopsAtItsLimitWhileTheFieldLengthGoesOn()
    {
        // Q39627 with one of its body's lines followed by a word said 70,000 times.
        var text = File.ReadAllText(FixtureArticles.PathOf("Q39627"));
        var line = "\tThis is because the command processor converts all label characters to uppercase\n";
        Assert.Contains(line, text, StringComparison.Ordinal);
        var repeated = text.Replace(line, line + "\t" + string.Join(' ', Enumerable.Repeat("widget", 70_000)) + "\n", StringComparison.Ordinal);

        var plain = DocumentTerms.Of(FixtureArticles.ParseText(text, "Q39627.md").Article!, null, TextAnalyzer.Default);
        var counted = DocumentTerms.Of(FixtureArticles.ParseText(repeated, "Q39627.md").Article!, null, TextAnalyzer.Default);

        Assert.Equal(ushort.MaxValue, counted.Counts["widget"][(int)SearchField.Body]);
        Assert.Equal(plain.Lengths[(int)SearchField.Body] + 70_000, counted.Lengths[(int)SearchField.Body]);
    }

    /// <summary>The counts worked out the plain way: every field's text through <see cref="TextAnalyzer.Terms"/>.</summary>
    private static Dictionary<string, ushort[]> ExpectedCounts(Article article, KnowledgeRecord? knowledge)
    {
        var counts = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        void Add(SearchField field, IEnumerable<string> terms)
        {
            foreach (var term in terms)
            {
                (counts.TryGetValue(term, out var fields) ? fields : counts[term] = new ushort[Enum.GetValues<SearchField>().Length])[(int)field]++;
            }
        }

        void AddText(SearchField field, string? text) => Add(field, string.IsNullOrEmpty(text) ? [] : TextAnalyzer.Default.Terms(text));

        AddText(SearchField.Title, article.Title);
        AddText(SearchField.Keywords, string.Join(' ', article.Keywords));
        AddText(SearchField.Keywords, article.AdditionalQueryWords);
        AddText(SearchField.Keywords, string.Join(' ', article.Products));
        AddText(SearchField.Keywords, article.Area);
        foreach (var block in Blocks(article.Sections))
        {
            AddText(SearchField.Body, block.Text);
        }

        foreach (var symptom in knowledge?.Symptoms.Where(s => s.Provenance.Block != "title") ?? [])
        {
            AddText(SearchField.Symptoms, symptom.Text);
        }

        foreach (var message in knowledge?.ErrorMessages ?? [])
        {
            AddText(SearchField.Errors, message.Text);
            AddText(SearchField.Errors, message.Source);
            Add(SearchField.Errors, message.EventId is { } id ? [DocumentTerms.EventTerm(id)] : []);
        }

        foreach (var condition in knowledge?.Conditions ?? [])
        {
            AddText(SearchField.Conditions, condition.Text);
        }

        foreach (var sentence in knowledge?.Cause ?? [])
        {
            AddText(SearchField.Cause, sentence.Text);
        }

        return counts;
    }

    private static IEnumerable<Block> Blocks(IEnumerable<Section> sections) =>
        sections.SelectMany(section => section.Blocks.Concat(Blocks(section.Subsections)));
}
