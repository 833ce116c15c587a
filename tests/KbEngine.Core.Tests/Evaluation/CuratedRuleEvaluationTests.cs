using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Ingest;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Topology;
using TopologyModel = KbEngine.Core.Topology.Topology;

namespace KbEngine.Core.Tests.Evaluation;

/// <summary>
/// Each curated rule against a small estate where its article applies (or is open only on the
/// questions the estate cannot answer) for the expected bindings, and against the same estate with
/// one fact changed, which rules out exactly the bindings the negated fact concerns.
/// </summary>
/// <remarks>Dirsync links run from the requestor to the dirsync server, as the rules read them.</remarks>
public class CuratedRuleEvaluationTests
{
    private static readonly IContentSource DefaultContent = ContentSources.Open(Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb"));
    private static readonly ArticleEvaluator Evaluator = new(KnowledgeData.Embedded.Catalog, KnowledgeData.Embedded.Rules);
    private const string Links = "\"links\": [";

    /// <summary>An estate, the bindings that apply or are open in it, and one changed fact that rules out <see cref="Flipped"/>.</summary>
    /// <param name="Estate">The topology, as JSON.</param>
    /// <param name="Expected">The bindings (as <see cref="Binding.ToString"/> writes them) of the article's patterns in the estate.</param>
    /// <param name="Find">The text of the estate the change replaces (found exactly once).</param>
    /// <param name="Replace">What replaces it: the changed fact.</param>
    /// <param name="NegationKey">The key of the rule's condition that the change makes false.</param>
    /// <param name="Flipped">Each binding the change rules out, with the fact its reason must name: <c>binding =&gt; fact</c>.</param>
    private sealed record Scenario(string Estate, string[] Expected, string Find, string Replace, string NegationKey, string[] Flipped);

    private static readonly Dictionary<string, Scenario> Scenarios = new(StringComparer.Ordinal)
    {
        // X1 is the dirsync server; PO2 takes part in dirsync but is serviced by X2's connector only.
        ["Q152167"] = new(
            """
            { "name": "Q152167", "nodes": [
              { "id": "X1", "type": "exchange-server", "version": "4.0" },
              { "id": "X2", "type": "exchange-server", "version": "4.0" },
              { "id": "PO1", "type": "msmail-postoffice" },
              { "id": "PO2", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "PO1", "to": "X1" },
              { "type": "msmail-connector", "from": "PO2", "to": "X2" },
              { "type": "dirsync", "from": "PO1", "to": "X1" },
              { "type": "dirsync", "from": "PO2", "to": "X1" } ] }
            """,
            ["dss=X1, po=PO2, servicing=X2"],
            Links, Links + """{ "type": "msmail-connector", "from": "PO2", "to": "X1" },""",
            "postoffice-not-serviced-by-dirsync-server",
            ["dss=X1, po=PO2, servicing=X2 => msmail-connector PO2 → X1"]),

        // MS Mail backboned over two sites joined by an X.400 connector, without directory replication.
        ["Q148389"] = new(
            """
            { "name": "Q148389", "nodes": [
              { "id": "SITEA", "type": "exchange-site" },
              { "id": "SITEB", "type": "exchange-site" },
              { "id": "PO1", "type": "msmail-postoffice" },
              { "id": "PO2", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "PO1", "to": "SITEA" },
              { "type": "msmail-connector", "from": "PO2", "to": "SITEB" },
              { "type": "site-connector", "from": "SITEA", "to": "SITEB", "kind": "x400" } ] }
            """,
            ["po1=PO1, po2=PO2, siteA=SITEA, siteB=SITEB", "po1=PO2, po2=PO1, siteA=SITEB, siteB=SITEA"],
            Links, Links + """{ "type": "directory-replication", "from": "SITEA", "to": "SITEB" },""",
            "no-directory-replication",
            ["po1=PO1, po2=PO2, siteA=SITEA, siteB=SITEB => directory-replication SITEA → SITEB",
             "po1=PO2, po2=PO1, siteA=SITEB, siteB=SITEA => directory-replication SITEB → SITEA"]),

        // PO-A and PO-B each behind the connector of their own Exchange Server 5.5 computer.
        ["Q191163"] = new(
            """
            { "name": "Q191163", "nodes": [
              { "id": "XSRVA", "type": "exchange-server", "product": "Microsoft Exchange Server", "version": "5.5", "servicePack": 1 },
              { "id": "XSRVB", "type": "exchange-server", "product": "Microsoft Exchange Server", "version": "5.5", "servicePack": 1 },
              { "id": "POA", "type": "msmail-postoffice" },
              { "id": "POB", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "POA", "to": "XSRVA" },
              { "type": "msmail-connector", "from": "POB", "to": "XSRVB" } ] }
            """,
            ["poA=POA, poB=POB, xsrvA=XSRVA, xsrvB=XSRVB", "poA=POB, poB=POA, xsrvA=XSRVB, xsrvB=XSRVA"],
            Links, Links + """{ "type": "msmail-connector", "from": "POB", "to": "XSRVA" },""",
            "recipient-behind-other-connector",
            ["poA=POA, poB=POB, xsrvA=XSRVA, xsrvB=XSRVB => msmail-connector POB → XSRVA"]),

        // X1 is the dirsync server of PO1 and no longer a requestor of the old MS Mail dirsync server.
        ["Q181952"] = new(
            """
            { "name": "Q181952", "nodes": [
              { "id": "X1", "type": "exchange-server", "version": "5.5" },
              { "id": "PO1", "type": "msmail-postoffice" },
              { "id": "OLDDSS", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "PO1", "to": "X1" },
              { "type": "msmail-connector", "from": "OLDDSS", "to": "X1" },
              { "type": "dirsync", "from": "PO1", "to": "X1" } ] }
            """,
            ["po=PO1, server=X1"],
            Links, Links + """{ "type": "dirsync", "from": "X1", "to": "OLDDSS" },""",
            "no-longer-a-requestor",
            ["po=PO1, server=X1 => dirsync X1 → OLDDSS"]),

        // X1 is still a requestor of the MS Mail dirsync server and nobody's dirsync server.
        ["Q269129"] = new(
            """
            { "name": "Q269129", "nodes": [
              { "id": "X1", "type": "exchange-server", "version": "5.5" },
              { "id": "MSDSS", "type": "msmail-postoffice" },
              { "id": "PO2", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "MSDSS", "to": "X1" },
              { "type": "dirsync", "from": "X1", "to": "MSDSS" },
              { "type": "dirsync", "from": "PO2", "to": "MSDSS" } ] }
            """,
            ["oldDss=MSDSS, server=X1"],
            Links, Links + """{ "type": "dirsync", "from": "PO2", "to": "X1" },""",
            "not-yet-dirsync-server",
            ["oldDss=MSDSS, server=X1 => dirsync PO2 → X1"]),

        // PO1 runs dirsync with SITE1, which replicates with SITE2.
        ["Q147084"] = new(
            """
            { "name": "Q147084", "nodes": [
              { "id": "SITE1", "type": "exchange-site" },
              { "id": "SITE2", "type": "exchange-site" },
              { "id": "PO1", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "PO1", "to": "SITE1" },
              { "type": "dirsync", "from": "PO1", "to": "SITE1" },
              { "type": "directory-replication", "from": "SITE1", "to": "SITE2" } ] }
            """,
            ["dirsyncSite=SITE1, otherSite=SITE2, po=PO1"],
            Links, Links + """{ "type": "dirsync", "from": "PO1", "to": "SITE2" },""",
            "other-site-not-running-dirsync",
            ["dirsyncSite=SITE1, otherSite=SITE2, po=PO1 => dirsync PO1 → SITE2"]),

        // An Exchange 5.0 Internet Mail Service, and an MS Mail postoffice without the SMTP Access component.
        ["Q185153"] = new(
            """
            { "name": "Q185153", "nodes": [
              { "id": "SITE1", "type": "exchange-site" },
              { "id": "IMS", "type": "gateway", "product": "Microsoft Exchange Internet Mail Service", "version": "5.0", "protocol": "SMTP" },
              { "id": "PO1", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "gateway-route", "from": "SITE1", "to": "IMS", "addressSpace": "SMTP:*" },
              { "type": "msmail-connector", "from": "PO1", "to": "SITE1" } ] }
            """,
            ["ims=IMS, po=PO1, site=SITE1"],
            Links, Links + """{ "type": "gateway-route", "from": "PO1", "to": "IMS", "addressSpace": "SMTP:*" },""",
            "no-access-component",
            ["ims=IMS, po=PO1, site=SITE1 => gateway-route PO1 → IMS"]),

        // An Exchange Server 5.5 SP3 requestor of an MS Mail dirsync server.
        ["Q248828"] = new(
            """
            { "name": "Q248828", "nodes": [
              { "id": "EX1", "type": "exchange-server", "product": "Microsoft Exchange Server", "version": "5.5", "servicePack": 3 },
              { "id": "MSDSS", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "MSDSS", "to": "EX1" },
              { "type": "dirsync", "from": "EX1", "to": "MSDSS" } ] }
            """,
            ["dss=MSDSS, requestor=EX1"],
            "\"servicePack\": 3", "\"servicePack\": 4",
            "before-sp4",
            ["dss=MSDSS, requestor=EX1 => EX1 servicePack atLeast 4"]),

        // An Exchange 5.5 SP2 dirsync server with two MS Mail requestors.
        ["Q192484"] = new(
            """
            { "name": "Q192484", "nodes": [
              { "id": "EX1", "type": "exchange-server", "version": "5.5", "servicePack": 2 },
              { "id": "PO1", "type": "msmail-postoffice" },
              { "id": "PO2", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "PO1", "to": "EX1" },
              { "type": "msmail-connector", "from": "PO2", "to": "EX1" },
              { "type": "dirsync", "from": "PO1", "to": "EX1" },
              { "type": "dirsync", "from": "PO2", "to": "EX1" } ] }
            """,
            ["dss=EX1, first=PO1, second=PO2", "dss=EX1, first=PO2, second=PO1"],
            "\"servicePack\": 2", "\"servicePack\": 3",
            "before-sp3",
            ["dss=EX1, first=PO1, second=PO2 => EX1 version equals 5.5, servicePack atLeast 3", "dss=EX1, first=PO2, second=PO1 => EX1 version equals 5.5, servicePack atLeast 3"]),

        // SITE2 is already a requestor of the MS Mail dirsync server and replicates with SITE1.
        ["Q201084"] = new(
            """
            { "name": "Q201084", "nodes": [
              { "id": "SITE1", "type": "exchange-site" },
              { "id": "SITE2", "type": "exchange-site" },
              { "id": "MSDSS", "type": "msmail-postoffice" } ],
              "links": [
              { "type": "msmail-connector", "from": "MSDSS", "to": "SITE2" },
              { "type": "dirsync", "from": "SITE2", "to": "MSDSS" },
              { "type": "directory-replication", "from": "SITE1", "to": "SITE2" } ] }
            """,
            ["dss=MSDSS, otherSite=SITE2, site=SITE1"],
            Links, Links + """{ "type": "dirsync", "from": "SITE1", "to": "MSDSS" },""",
            "not-yet-a-requestor",
            ["dss=MSDSS, otherSite=SITE2, site=SITE1 => dirsync SITE1 → MSDSS"]),
    };

    public static TheoryData<string> Articles { get; } = [.. Scenarios.Keys.Order(StringComparer.Ordinal)];

    private static KnowledgeRecord Knowledge(string articleId) =>
        KbPipeline.Default.Read(DefaultContent.FindArticle(articleId)!, extract: true).Knowledge!;

    private static TopologyModel Topology(string json)
    {
        var read = new TopologyReader().Read(json);
        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        return read.Topology!;
    }

    /// <summary>The findings of the article's patterns, by binding; fix-level findings (one per element) aside.</summary>
    private static Dictionary<string, Finding> PatternFindings(IEnumerable<Finding> findings) =>
        findings.Where(f => f.Binding["?element"] is null).ToDictionary(f => f.Binding.ToString(), StringComparer.Ordinal);

    /// <summary>The ids the evaluator gives the rule's conditions that have no pattern: the questions only the user can answer.</summary>
    private static HashSet<string> UserOnlyQuestions(KnowledgeRecord record) =>
        record.Conditions.Select((c, i) => (c, Id: $"{record.ArticleId}-c{i + 1}")).Where(x => x.c.Binding is null).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryCuratedRuleWithConditionsHasAScenario()
    {
        Assert.Equal(
            CuratedRules.Embedded.All.Where(rule => !rule.Conditions.IsEmpty).Select(rule => rule.ArticleId),
            Scenarios.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void TheArticleAppliesOrIsOpenOnlyOnWhatTheEstateCannotSayForExactlyTheExpectedBindings(string articleId)
    {
        var scenario = Scenarios[articleId];
        var record = Knowledge(articleId);

        var findings = PatternFindings(Evaluator.Evaluate(record, Topology(scenario.Estate)));

        Assert.Equal(scenario.Expected.Order(StringComparer.Ordinal), findings.Keys.Order(StringComparer.Ordinal));
        var userOnly = UserOnlyQuestions(record);
        Assert.All(findings.Values, finding =>
        {
            Assert.Equal(userOnly.Count == 0 ? Verdict.Applies : Verdict.Open, finding.Verdict);
            Assert.Empty(finding.Reasons);
            Assert.All(finding.Trace.Where(o => !userOnly.Contains(o.Id)), outcome => Assert.True(outcome.Holds, $"{outcome.Id} ({outcome.Condition}) does not hold"));
            Assert.Equal(userOnly.Order(StringComparer.Ordinal), finding.Questions.Select(q => q.Id).Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void OneChangedFactRulesOutExactlyTheBindingsItConcernsNamingTheNegatedFact(string articleId)
    {
        var scenario = Scenarios[articleId];
        var record = Knowledge(articleId);
        Assert.Equal(1, CountOf(scenario.Estate, scenario.Find));
        var changed = scenario.Estate.Replace(scenario.Find, scenario.Replace, StringComparison.Ordinal);
        var quote = CuratedRules.Embedded.For(articleId)!.Conditions.Single(c => c.Key == scenario.NegationKey).Quote;
        var flipped = scenario.Flipped.Select(f => f.Split(" => ")).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

        var before = PatternFindings(Evaluator.Evaluate(record, Topology(scenario.Estate)));
        var after = PatternFindings(Evaluator.Evaluate(record, Topology(changed)));

        Assert.All(flipped, pair =>
        {
            Assert.NotEqual(Verdict.RuledOut, before[pair.Key].Verdict);
            var finding = after[pair.Key];
            Assert.Equal(Verdict.RuledOut, finding.Verdict);
            var reason = Assert.Single(finding.Reasons);
            Assert.StartsWith($"not: {quote} (", reason, StringComparison.Ordinal);
            Assert.Contains(pair.Value, reason, StringComparison.Ordinal);
        });
        Assert.All(after.Where(pair => !flipped.ContainsKey(pair.Key)), pair =>
        {
            // Every other binding keeps its verdict; one the change brings in cannot apply either.
            var expected = before.TryGetValue(pair.Key, out var old) ? old.Verdict : Verdict.RuledOut;
            Assert.True(expected == pair.Value.Verdict, $"{pair.Key}: {pair.Value.Verdict}, expected {expected}");
        });
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void AnsweringTheUserOnlyQuestionsDecidesTheBindingEitherWay(string articleId)
    {
        var scenario = Scenarios[articleId];
        var record = Knowledge(articleId);
        var estate = Topology(scenario.Estate);
        var questions = UserOnlyQuestions(record);

        var yes = PatternFindings(Evaluator.Evaluate(record, estate, questions.ToDictionary(id => id, _ => true)));
        var no = questions.Select(id => PatternFindings(Evaluator.Evaluate(record, estate, new Dictionary<string, bool> { [id] = false }))).ToList();

        Assert.All(yes.Values, finding => Assert.Equal(Verdict.Applies, finding.Verdict));
        Assert.All(no, findings => Assert.All(findings.Values, finding => Assert.Equal(Verdict.RuledOut, finding.Verdict)));
    }

    [Fact]
    public void Q248828sFixLevelAgreesWithItsRuleTheRequestorAtSp4IsRuledOutBothWays()
    {
        var scenario = Scenarios["Q248828"];
        var record = Knowledge("Q248828");

        var atSp4 = Evaluator.Evaluate(record, Topology(scenario.Estate.Replace(scenario.Find, scenario.Replace, StringComparison.Ordinal)));

        Assert.All(atSp4, finding => Assert.Equal(Verdict.RuledOut, finding.Verdict));
        Assert.Equal("fixed in 5.5 SP4, EX1 runs Microsoft Exchange Server 5.5 SP4", Assert.Single(atSp4.Single(f => f.Binding["?element"] == "EX1").Reasons));
    }

    [Fact]
    public void Q248828DoesNotApplyToARequestorThatHasNotReachedSp3()
    {
        var scenario = Scenarios["Q248828"];

        var atSp2 = PatternFindings(Evaluator.Evaluate(Knowledge("Q248828"), Topology(scenario.Estate.Replace("\"servicePack\": 3", "\"servicePack\": 2", StringComparison.Ordinal))));

        Assert.Empty(atSp2);
    }

    [Fact]
    public void Q181952AndQ269129AreTwoSidesOfOneMoveTheRequestorBeforeAndTheDirsyncServerAfter()
    {
        var before = Topology(Scenarios["Q269129"].Estate);
        var after = Topology(Scenarios["Q181952"].Estate);

        Assert.Equal(Verdict.Applies, Assert.Single(PatternFindings(Evaluator.Evaluate(Knowledge("Q269129"), before)).Values).Verdict);
        Assert.Empty(PatternFindings(Evaluator.Evaluate(Knowledge("Q181952"), before)));
        Assert.Empty(PatternFindings(Evaluator.Evaluate(Knowledge("Q269129"), after)));
        Assert.Equal(Verdict.Open, Assert.Single(PatternFindings(Evaluator.Evaluate(Knowledge("Q181952"), after)).Values).Verdict);
    }

    [Fact]
    public void TheNorthwindExampleEstateFindsExchangeAsTheDirsyncServerAndTheBranchWithoutTheAccessComponent()
    {
        var northwind = Topology(File.ReadAllText(Path.Combine(SharedCorpus.RepositoryRoot, "content", "topologies", "northwind-exchange-dirsync-server.json")));

        Dictionary<string, Finding> Of(string articleId) => PatternFindings(Evaluator.Evaluate(Knowledge(articleId), northwind));

        Assert.Equal(Verdict.Applies, Assert.Single(Of("Q152167"), f => f.Key == "dss=EXHQ1, po=MSSALES, servicing=EXHQ2").Value.Verdict);
        Assert.Equal(Verdict.Applies, Assert.Single(Of("Q185153"), f => f.Key == "ims=IMS1, po=MSBR, site=BRANCH").Value.Verdict);
        Assert.Equal(["po=MSBR, server=EXHQ1", "po=MSHQ, server=EXHQ1", "po=MSSALES, server=EXHQ1"], Of("Q181952").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["poA=MSHQ, poB=MSSALES, xsrvA=EXHQ1, xsrvB=EXHQ2", "poA=MSSALES, poB=MSHQ, xsrvA=EXHQ2, xsrvB=EXHQ1"], Of("Q191163").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(6, Of("Q192484").Count); // ordered pairs of its three requestors
        Assert.Empty(Of("Q269129")); // EXHQ1 is the dirsync server, no requestor
        Assert.Empty(Of("Q248828"));
        Assert.All(Of("Q181952").Values.Concat(Of("Q191163").Values).Concat(Of("Q192484").Values), finding => Assert.Equal(Verdict.Open, finding.Verdict));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
