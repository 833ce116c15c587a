using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Tests.Extraction;

/// <summary>The worked examples of DESIGN.md: Q199534 and Q256350.</summary>
public class KnowledgeExtractorTests
{
    private static KnowledgeRecord Extract(string fixture) =>
        KbPipeline.Default.Read(FixtureArticles.Document(fixture), extract: true).Knowledge!;

    [Fact]
    public void Q199534AppliesToExchangeServer40And50And55()
    {
        var applicability = Extract("Q199534").Applicability;

        var exchange = applicability.Products.Where(p => p.ProductId == "exchange-server").Select(p => p.Version).ToHashSet();
        Assert.Superset(new HashSet<string?> { "4.0", "5.0", "5.5" }, exchange);
        Assert.Empty(applicability.Unknown);
    }

    [Fact]
    public void Q199534HasItsThreeConditionsBound()
    {
        var conditions = Extract("Q199534").Conditions;

        var dirsync = Assert.Single(conditions, c => c.Binding?.Key == "dirsync-msmail-multisite");
        Assert.StartsWith("After you configure directory synchronization (dirsync) between Microsoft Mail", dirsync.Text, StringComparison.Ordinal);
        Assert.Equal("after", dirsync.Cue);
        Assert.Equal(27, dirsync.Provenance.Span.Line);
        Assert.Equal("SYMPTOMS", dirsync.Provenance.Section);

        var remote = Assert.Single(conditions, c => c.Binding?.Key == "exchange-site-not-connected-to-msmail");
        Assert.Equal("sites that are not directly connected to MS Mail", remote.Text);

        var replication = Assert.Single(conditions, c => c.Binding?.Key == "directory-replication-between-sites");
        Assert.Contains("Directory Replication Connector is established between the Exchange Server sites", replication.Text, StringComparison.Ordinal);
        Assert.Equal("Is it true that the Directory Replication Connector is established between the Exchange Server sites?", replication.Question);
        Assert.True(conditions.Length >= 3);
    }

    [Fact]
    public void Q199534CauseIsTheIncompletePostofficeConfiguration()
    {
        var cause = Assert.Single(Extract("Q199534").Cause);

        Assert.Equal("The configuration of the MS Mail postoffice for the different Exchange Server sites is not complete.", cause.Text);
        Assert.Equal(47, cause.Provenance.Span.Line);
        Assert.Equal(48, cause.Provenance.Span.EndLine);
    }

    [Fact]
    public void Q199534ResolutionHasFiveStepsAndTheFifthLoopsOverTheFirstFour()
    {
        var resolution = Extract("Q199534").Resolution!;

        Assert.Equal<int>([1, 2, 3, 4, 5], resolution.Steps.Select(step => step.Number));
        Assert.All(resolution.Steps.Take(4), step => Assert.Null(step.Loop));
        Assert.Equal(new StepLoop(1, 4, "the other Exchange Server sites"), resolution.Steps[4].Loop);
        Assert.Equal("To complete configuration of an MS Mail postoffice:", Assert.Single(resolution.Text).Text);
    }

    [Fact]
    public void Q199534CitesQ148389()
    {
        var reference = Assert.Single(Extract("Q199534").References);

        Assert.Equal("Q148389", reference.Id);
        Assert.Equal("XFOR: How to Backbone MSMail 3.x over Exchange", reference.Title);
    }

    [Fact]
    public void Q256350IsFixedInExchangeServer55ServicePack4()
    {
        var record = Extract("Q256350");

        Assert.Equal(ArticleStatus.Fixed, record.Status);
        var fromText = Assert.Single(record.FixedIn, f => f.Provenance.Block != "keywords");
        Assert.Equal(("exchange-server", "5.5", (int?)4), (fromText.ProductId, fromText.Version, fromText.ServicePack));
        Assert.Equal("STATUS", fromText.Provenance.Section);
        Assert.Equal("5.5 SP4", fromText.Level);
        Assert.Contains(record.FixedIn, f => f.Provenance.Block == "keywords" && f.Version == "5.5" && f.ServicePack == 4);
    }

    [Fact]
    public void Q256350QuotesTheMtaEvent246()
    {
        var message = Assert.Single(Extract("Q256350").ErrorMessages);

        Assert.Equal(246, message.EventId);
        Assert.Equal("MSExchangeMTA", message.Source);
        Assert.StartsWith("An internal MTA error occurred. An attempt has been made to read beyond the end of an object.", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("[MTA DISP:FANOUT 9 223] (14)", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Q256350ResolutionAsksForTheLatestExchange55ServicePack()
    {
        var fix = Extract("Q256350").Resolution!.Fix!;

        Assert.True(fix.Latest);
        Assert.Equal("exchange-server", fix.ProductId);
        Assert.Equal("5.5", fix.Version);
    }
}
