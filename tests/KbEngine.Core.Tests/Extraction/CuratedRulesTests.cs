using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Ingest;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Tests.Extraction;

/// <summary>
/// The curated rules of content/rules/ against the articles of the default content (content/kb):
/// each names an article that is there, each quote locates a sentence of it, each pattern reads,
/// and each rule says something the vocabulary cannot (a join or a negation).
/// </summary>
public class CuratedRulesTests
{
    private static readonly string ContentFolder = Path.Combine(SharedCorpus.RepositoryRoot, "content");
    private static readonly IContentSource DefaultContent = ContentSources.Open(Path.Combine(ContentFolder, "kb"));

    public static TheoryData<string> RuleArticles { get; } = [.. CuratedRules.Embedded.All.Select(rule => rule.ArticleId)];

    private static CuratedRule Rule(string articleId) => CuratedRules.Embedded.For(articleId)!;

    private static KnowledgeRecord Knowledge(string articleId)
    {
        var document = DefaultContent.FindArticle(articleId);
        Assert.NotNull(document);
        return KbPipeline.Default.Read(document, extract: true).Knowledge!;
    }

    [Fact]
    public void TheRulesFolderIsWhatIsEmbeddedOneFilePerArticleNamedAfterIt()
    {
        var files = Directory.EnumerateFiles(Path.Combine(ContentFolder, "rules"), "*.json").Order(StringComparer.Ordinal).ToList();

        Assert.All(files, file => Assert.Equal(Path.GetFileNameWithoutExtension(file), CuratedRules.Parse(File.ReadAllText(file)).ArticleId));
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), CuratedRules.Embedded.All.Select(rule => rule.ArticleId));
        Assert.True(files.Count >= 11, $"Q199534 and at least 10 more articles have curated rules; found {files.Count}");
    }

    [Theory]
    [MemberData(nameof(RuleArticles))]
    public void EveryRuleNamesAnArticleOfTheDefaultContent(string articleId)
    {
        var document = DefaultContent.FindArticle(articleId);

        Assert.NotNull(document);
        Assert.Equal(articleId, KbPipeline.Default.Read(document).Article!.Id);
    }

    [Theory]
    [MemberData(nameof(RuleArticles))]
    public void EveryQuoteLocatesASentenceOfItsArticleAndTheRuleReplacesTheExtractedConditions(string articleId)
    {
        var rule = Rule(articleId);
        if (rule.Conditions.IsEmpty)
        {
            return; // a rule that only names (Q199534) keeps the vocabulary's conditions
        }

        var conditions = Knowledge(articleId).Conditions;

        Assert.Equal<string>([.. rule.Conditions.Select(c => c.Quote)], [.. conditions.Select(c => c.Text)]);
        Assert.All(conditions, condition =>
        {
            // The extractor falls back to the article header, block "rule", when no sentence holds the quote.
            Assert.True(condition.Provenance.Block != "rule", $"{articleId}: no sentence of the article holds \"{condition.Text}\"");
            Assert.NotNull(condition.Provenance.Section);
            Assert.Equal("curated", condition.Cue);
        });
        var expectedKeys = rule.Conditions.Select(c => c.Pattern is null ? null : $"{articleId}/{c.Key}").ToList();
        Assert.Equal(expectedKeys, conditions.Select(c => c.Binding?.Key).ToList());
    }

    [Theory]
    [MemberData(nameof(RuleArticles))]
    public void EveryPatternReadsAndEveryVariableItComparesOrNamesIsBoundByAPositivePart(string articleId)
    {
        var rule = Rule(articleId);
        var patterns = Knowledge(articleId).Conditions.Where(c => c.Binding is not null).Select(c => PatternReader.Parse(c.Binding!.Pattern)).ToList();
        var bound = patterns.SelectMany(p => p.Binds).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(patterns);
        Assert.Equal(rule.Conditions.Length, rule.Conditions.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(bound, rule.Names.Values.ToHashSet(StringComparer.Ordinal));
        Assert.Subset(bound, patterns.SelectMany(p => Walk(p).OfType<DistinctPattern>()).SelectMany(d => d.Variables).ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleArticles))]
    public void EveryRuledArticleNeedsANegationOrAJoinAcrossConditions(string articleId)
    {
        var patterns = Knowledge(articleId).Conditions.Where(c => c.Binding is not null).Select(c => PatternReader.Parse(c.Binding!.Pattern)).ToList();

        Assert.True(Negates(patterns) || Joins(patterns), $"{articleId}: no condition negates and no variable is shared between two conditions");
    }

    [Fact]
    public void EveryRuleBesidesQ199534BothNegatesAndJoinsAcrossItsOwnConditions()
    {
        var curated = CuratedRules.Embedded.All.Where(rule => rule.ArticleId != "Q199534").ToList();

        var patterns = curated.ToDictionary(rule => rule.ArticleId, rule => rule.Conditions.Where(c => c.Pattern is not null).Select(c => PatternReader.Parse(c.Pattern!)).ToList());

        Assert.True(curated.Count >= 10, $"at least 10 articles besides Q199534; found {curated.Count}");
        Assert.Empty(patterns.Where(rule => !Negates(rule.Value)).Select(rule => rule.Key));
        Assert.Empty(patterns.Where(rule => !Joins(rule.Value)).Select(rule => rule.Key));
    }

    [Fact]
    public void TheJoinAndNegationChecksTellARuleThatHasNeither()
    {
        var alone = new List<Pattern> { PatternReader.Parse("""{"node": "?a", "type": "exchange-site"}"""), PatternReader.Parse("""{"node": "?b", "type": "exchange-site"}""") };
        var joined = new List<Pattern> { alone[0], PatternReader.Parse("""{"not": {"link": "dirsync", "from": "?a", "to": "?c"}}""") };

        Assert.False(Negates(alone) || Joins(alone));
        Assert.True(Negates(joined));
        Assert.True(Joins(joined));
    }

    [Theory]
    [InlineData("""{"conditions": []}""", "$.article", "expected the article id")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "question": "q"}]}""", "$.conditions[0].quote", "expected the article's words")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q"}, {"quote": "y", "question": "q"}]}""", "$.conditions[1].key", "expected a name for the condition")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q", "pattern": {"node": 5}}]}""", "$.conditions[0].pattern.node", "expected a string")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q", "pattern": {"nodes": "?a"}}]}""", "$.conditions[0].pattern", "expected one of")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q", "pattern": {"all": [{"node": "?a"}, {"link": "dirsync", "from": "?a"}]}}]}""", "$.conditions[0].pattern.all[1]", "expected \"to\"")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q", "pattern": {"not": {"count": {"type": "exchange-site"}, "atLeast": "two"}}}]}""", "$.conditions[0].pattern.not.atLeast", "expected a whole number")]
    [InlineData("""{"article": "Q1", "conditions": [{"key": "a", "quote": "x", "question": "q"}, {"key": "a", "quote": "y", "question": "q"}]}""", "$.conditions", "the key 'a' is used twice")]
    public void AMalformedRuleIsRefusedNamingTheJsonPathAndWhatWasExpected(string json, string path, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CuratedRules.Parse(json));

        Assert.StartsWith($"{path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWellFormedRuleReadsItsNamesConditionsAndPatterns()
    {
        var rule = CuratedRules.Parse("""
            {"article": "Q1", "names": {"PO1": "?po"}, "conditions": [
              {"key": "a", "quote": "x", "question": "q?", "pattern": {"not": {"link": "dirsync", "from": "?po", "to": "?s"}}},
              {"key": "b", "quote": "y", "question": "r?"}]}
            """);

        Assert.Equal("Q1", rule.ArticleId);
        Assert.Equal("?po", rule.Names["PO1"]);
        Assert.Equal<string>(["a", "b"], [.. rule.Conditions.Select(c => c.Key)]);
        Assert.IsType<NotPattern>(PatternReader.Parse(rule.Conditions[0].Pattern!));
        Assert.Null(rule.Conditions[1].Pattern);
    }

    [Fact]
    public void AQuoteMatchesAcrossLineBreaksAndCaseButNotOtherWords()
    {
        Assert.True(CuratedRuleExtractor.Contains("This problem was first corrected in Exchange Server 5.5 Service\n\tPack 4.", "first corrected in exchange server 5.5 service pack 4"));
        Assert.False(CuratedRuleExtractor.Contains("This problem was first corrected in Exchange Server 5.5 Service Pack 3.", "first corrected in Exchange Server 5.5 Service Pack 4"));
    }

    private static bool Negates(IEnumerable<Pattern> conditions) => conditions.Any(p => Walk(p).OfType<NotPattern>().Any());

    /// <summary>Whether a variable occurs in two conditions (in a positive part or inside a negation).</summary>
    private static bool Joins(IEnumerable<Pattern> conditions) =>
        conditions.SelectMany(p => p.Binds.Concat(Walk(p).OfType<NotPattern>().SelectMany(n => n.Inner.Binds)).Distinct(StringComparer.Ordinal))
            .GroupBy(variable => variable, StringComparer.Ordinal)
            .Any(variable => variable.Count() > 1);

    /// <summary>A pattern and every pattern inside it.</summary>
    private static IEnumerable<Pattern> Walk(Pattern pattern) => pattern switch
    {
        AllPattern all => all.Parts.SelectMany(Walk).Prepend(all),
        NotPattern not => Walk(not.Inner).Prepend(not),
        _ => [pattern],
    };
}
