using KbEngine.Core.Diagnostics;

namespace KbEngine.Core.Tests;

public class KbPipelineTests
{
    private static readonly string Archived = File.ReadAllText(FixtureArticles.PathOf("Q199534"));

    [Fact]
    public void ATruncatedHeaderIsAnErrorThatNamesTheMissingFieldsAndTheLine()
    {
        var truncated = Archived.Replace("\tKeyword(s): exc4 exc5 exc55\n\tLast Modified: 17-OCT-1999\n", string.Empty, StringComparison.Ordinal);

        var result = FixtureArticles.ParseText(truncated, "truncated.md");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(15, error.Line);
        Assert.Contains("the header ends without 'Keyword(s):', 'Last Modified:'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("truncated.md(15,2): error:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableDateIsAWarningAndTheArticleStillParses()
    {
        var result = FixtureArticles.ParseText(Archived.Replace("17-OCT-1999", "sometime in 1999", StringComparison.Ordinal));

        Assert.True(result.Succeeded);
        Assert.Null(result.Article!.LastModified);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("is not a date", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderIdThatDisagreesWithTheTitleIsAWarning()
    {
        var result = FixtureArticles.ParseText(Archived.Replace("\tArticle: Q199534", "\tArticle: Q199535", StringComparison.Ordinal));

        Assert.Equal("Q199534", result.Article!.Id);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(11, warning.Line);
    }

    [Fact]
    public void TextThatIsNoArticleAtAllFailsWithADiagnosticInsteadOfThrowing()
    {
        var result = FixtureArticles.ParseText("---\ntitle: \"Q1: nothing\"\n---\n\n\tjust a line of text\n");

        Assert.False(result.Succeeded);
        Assert.Contains("the header ends without", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
