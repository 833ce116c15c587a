using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Topology;
using TopologyModel = KbEngine.Core.Topology.Topology;

namespace KbEngine.Core.Tests.Evaluation;

/// <summary>The worked example of DESIGN.md: Q199534 and Q256350 against the Contoso topology.</summary>
public class ArticleEvaluatorTests
{
    private static readonly string ContosoJson = File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "contoso-coexistence.json"));
    private static readonly ArticleEvaluator Evaluator = new(KnowledgeData.Embedded.Catalog, KnowledgeData.Embedded.Rules);

    private static KnowledgeRecord Knowledge(string fixture) => KbPipeline.Default.Read(FixtureArticles.Document(fixture), extract: true).Knowledge!;

    private static TopologyModel Topology(string json) => new TopologyReader().Read(json).Topology!;

    [Fact]
    public void Q199534AppliesForPO1AndSite2AndIsRuledOutForSite3BecauseOfItsIndirectPostoffice()
    {
        var findings = Evaluator.Evaluate(Knowledge("Q199534"), Topology(ContosoJson));

        var applies = Assert.Single(findings, f => f.Verdict == Verdict.Applies);
        Assert.Equal(("PO1", "SITE1", "SITE2"), (applies.Binding["?po"], applies.Binding["?dirsyncSite"], applies.Binding["?remote"]));
        var ruledOut = Assert.Single(findings, f => f.Verdict == Verdict.RuledOut);
        Assert.Equal("SITE3", ruledOut.Binding["?remote"]);
        Assert.Contains("indirect-postoffice PO1 → SITE3", Assert.Single(ruledOut.Reasons), StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Binding["?remote"] == "SITE1");
        Assert.All(applies.Trace, outcome => Assert.True(outcome.Holds));
        Assert.Contains(applies.Trace, o => o.Provenance.Section == "SYMPTOMS" && o.Condition.StartsWith("After you configure directory synchronization", StringComparison.Ordinal));
    }

    [Fact]
    public void RemovingTheIndirectPostofficeFlipsSite3ToApplies()
    {
        var without = ContosoJson.Replace(",\n    { \"type\": \"indirect-postoffice\", \"from\": \"PO1\", \"to\": \"SITE3\", \"via\": \"SITE1\" }", string.Empty, StringComparison.Ordinal);

        var findings = Evaluator.Evaluate(Knowledge("Q199534"), Topology(without));

        Assert.Equal(["SITE2", "SITE3"], findings.Where(f => f.Verdict == Verdict.Applies).Select(f => f.Binding["?remote"]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(findings, f => f.Verdict == Verdict.RuledOut);
    }

    [Fact]
    public void Q256350IsRuledOutOnEx2WhichRunsSp4AndOpenOnEx1()
    {
        var findings = Evaluator.Evaluate(Knowledge("Q256350"), Topology(ContosoJson));

        var ex2 = Assert.Single(findings, f => f.Binding["?element"] == "EX2");
        Assert.Equal(Verdict.RuledOut, ex2.Verdict);
        Assert.Equal("fixed in 5.5 SP4, EX2 runs Microsoft Exchange Server 5.5 SP4", Assert.Single(ex2.Reasons));
        var ex1 = Assert.Single(findings, f => f.Binding["?element"] == "EX1");
        Assert.Equal(Verdict.Open, ex1.Verdict);
        Assert.Contains(new Question("Q256350-symptom", "Do you see Event ID 246 from MSExchangeMTA?"), ex1.Questions);
        Assert.Equal(ex1.Questions.Select(q => q.Text).OrderBy(q => q.Length), ex1.Questions.Select(q => q.Text));
    }

    [Fact]
    public void UpgradingEx1ToSp4RulesItOutToo()
    {
        var upgraded = ContosoJson.Replace("\"servicePack\": 3", "\"servicePack\": 4", StringComparison.Ordinal);

        var findings = Evaluator.Evaluate(Knowledge("Q256350"), Topology(upgraded));

        Assert.All(findings, f => Assert.Equal(Verdict.RuledOut, f.Verdict));
        Assert.Equal(2, findings.Count);
    }

    [Fact]
    public void TheResolutionIsInstantiatedWithTheEstatesNames()
    {
        var renamed = ContosoJson.Replace("PO1", "POA", StringComparison.Ordinal).Replace("SITE1", "HUB", StringComparison.Ordinal)
            .Replace("SITE2", "EAST", StringComparison.Ordinal).Replace("SITE3", "WEST", StringComparison.Ordinal);

        var applies = Assert.Single(Evaluator.Evaluate(Knowledge("Q199534"), Topology(renamed)), f => f.Verdict == Verdict.Applies);

        Assert.Equal("2. Define the remote Exchange Server site (in the example above, EAST) as an indirect postoffice by means of the shadow postoffice in the Exchange Server site that is directly connected to the MS Mail postoffice (HUB).", applies.Steps[1]);
        Assert.Contains("from the MS Mail postoffice (POA) to a user in the remote Exchange Server site (EAST)", applies.Steps[3], StringComparison.Ordinal);
        Assert.StartsWith("5. (Repeats steps 1-4 for the other Exchange Server sites: none other applies", applies.Steps[4], StringComparison.Ordinal);
    }

    [Fact]
    public void TheLoopExpandsOverEveryOtherRemoteSiteThatApplies()
    {
        var twoRemotes = ContosoJson.Replace(",\n    { \"type\": \"indirect-postoffice\", \"from\": \"PO1\", \"to\": \"SITE3\", \"via\": \"SITE1\" }", string.Empty, StringComparison.Ordinal);

        var forSite2 = Evaluator.Evaluate(Knowledge("Q199534"), Topology(twoRemotes)).Single(f => f.Binding["?remote"] == "SITE2");

        var repeated = forSite2.Steps.Where(step => step.StartsWith("5.", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, repeated.Count);
        Assert.All(repeated, step => Assert.Contains("remote=SITE3", step, StringComparison.Ordinal));
        Assert.Contains("(in the example above, SITE3)", repeated[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AnsweringTheOpenQuestionsDecidesEx1EitherWay()
    {
        var record = Knowledge("Q256350");
        var ex1 = Evaluator.Evaluate(record, Topology(ContosoJson)).Single(f => f.Binding["?element"] == "EX1");
        var yes = ex1.Questions.ToDictionary(q => q.Id, _ => true);

        var confirmed = Evaluator.Evaluate(record, Topology(ContosoJson), yes).Single(f => f.Binding["?element"] == "EX1");
        var denied = Evaluator.Evaluate(record, Topology(ContosoJson), new Dictionary<string, bool> { ["Q256350-symptom"] = false }).Single(f => f.Binding["?element"] == "EX1");

        Assert.Equal(Verdict.Applies, confirmed.Verdict);
        Assert.Equal(Verdict.RuledOut, denied.Verdict);
        Assert.Equal("not: Do you see Event ID 246 from MSExchangeMTA?", Assert.Single(denied.Reasons));
    }
}
