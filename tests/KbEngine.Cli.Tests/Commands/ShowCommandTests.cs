using KbEngine.Core.Tests;
using Newtonsoft.Json.Linq;

namespace KbEngine.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void PrintsTheSeedArticleFromTheDefaultContentAsText()
    {
        var run = CliRun.Of("show", "Q199534");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Q199534: XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Last modified: 1999-10-17", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nCAUSE\n=====\n\nThe configuration of the MS Mail postoffice for the different Exchange Server\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("5. If there are other remote Exchange Server sites, repeat steps 1 through 4 for", run.Output, StringComparison.Ordinal);
        Assert.Contains("Q148389  XFOR: How to Backbone MSMail 3.x over Exchange", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void PrintsTheParsedModelAsJsonWithTheDocumentedFieldNames()
    {
        var run = CliRun.Of("show", "Q199534", "--json");
        var json = JObject.Parse(run.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Q199534", (string?)json["id"]);
        Assert.Equal("XFOR: MS Mail Users Can't Send to Users in Remote Exchange Sites", (string?)json["title"]);
        Assert.Equal("XFOR", (string?)json["area"]);
        Assert.Equal(["Microsoft Exchange"], json["products"]!.Values<string>());
        Assert.Equal("winnt:4.0,5.0,5.5", (string?)json["versions"]!["raw"]);
        Assert.Empty(json["operatingSystems"]!);
        Assert.Equal(["exc4", "exc5", "exc55"], json["keywords"]!.Values<string>());
        Assert.Equal("1999-10-17", (string?)json["lastModified"]);
        Assert.Equal("Microsoft Exchange Server, versions 4.0, 5.0, 5.5", (string?)json["appliesTo"]![0]!["text"]);
        Assert.Equal(["SYMPTOMS", "CAUSE", "RESOLUTION", "MORE INFORMATION"], json["sections"]!.Select(s => (string?)s["heading"]));
        var steps = json["sections"]![2]!["blocks"]!.Single(b => (string?)b["kind"] == "steps");
        Assert.Equal([1, 2, 3, 4, 5], steps["items"]!.Select(i => (int)i["number"]!));
        Assert.Empty(json["sections"]![0]!["subsections"]!);
        Assert.Equal("Q148389", (string?)json["references"]![0]!["id"]);
        Assert.Equal("XFOR: How to Backbone MSMail 3.x over Exchange", (string?)json["references"]![0]!["title"]);
        Assert.Equal(JTokenType.Null, json["additionalQueryWords"]!.Type);
        Assert.Contains("kbExchange550", json["technology"]!.Values<string>());
        Assert.Equal("kbprb", (string?)json["issueType"]);
        Assert.Equal(JTokenType.Null, json["solutionType"]!.Type);
        Assert.EndsWith(Path.Combine("content", "kb", "199", "Q199534", "README.md"), (string?)json["source"], StringComparison.Ordinal);
        // The seed copy has no {% raw %} line: its first SYMPTOMS line is line 26 of the file.
        Assert.Equal(26, (int)json["sections"]![0]!["blocks"]![0]!["span"]!["line"]!);
    }

    [Theory]
    [InlineData("q199534")]
    [InlineData("199534")]
    public void AcceptsTheIdInTheFormsPeopleType(string id)
    {
        var run = CliRun.Of("show", id);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Q199534: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownArticleIsReportedWithExitCodeTwo()
    {
        var run = CliRun.Of("show", "Q1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no article Q1 in", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void SomethingThatIsNotAnIdIsReportedWithExitCodeTwo()
    {
        var run = CliRun.Of("show", "dirsync");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'dirsync' is not an article id: expected Q followed by digits", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingContentPathIsReportedWithExitCodeTwo()
    {
        var run = CliRun.Of("show", "Q199534", "--content", "/nonexistent/kb");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'/nonexistent/kb' does not exist: expected a folder of articles, a .tar.gz archive or a compiled .kbdb knowledge base", run.Error, StringComparison.Ordinal);
    }

    [ArchiveFact]
    public void ReadsAnArticleStraightFromTheArchive()
    {
        var run = CliRun.Of("show", "Q256350", "--json", "--content", SharedCorpus.ArchivePath!);
        var json = JObject.Parse(run.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("XCON: MTA Event 246 w. PR_CONTENT_CORRELATOR More Than 2 Bytes", (string?)json["title"]);
        Assert.Equal("kbfix", (string?)json["solutionType"]);
        Assert.EndsWith("kbarchive.tar.gz!kb/256/Q256350/README.md", (string?)json["source"], StringComparison.Ordinal);
    }

    [Fact]
    public void JsonCarriesTheKnowledgeRecordWithItsDocumentedParts()
    {
        var json = JObject.Parse(CliRun.Of("show", "Q199534", "--json").Output);
        var knowledge = (JObject)json["knowledge"]!;

        Assert.Equal(
            ["applicability", "fixedIn", "status", "symptoms", "errorMessages", "conditions", "cause", "resolution", "workaround", "references"],
            knowledge.Properties().Select(p => p.Name).Where(name => name is not ("articleId" or "listsFixesOf")));
        var dirsync = knowledge["conditions"]!.Single(c => c["binding"] is JObject binding && (string?)binding["key"] == "dirsync-msmail-multisite");
        Assert.Equal("msmail-postoffice", (string?)dirsync["binding"]!["pattern"]!["all"]![0]!["type"]);
        Assert.Equal("SYMPTOMS", (string?)dirsync["provenance"]!["section"]);
        Assert.Equal(26, (int)dirsync["provenance"]!["span"]!["line"]!);
        var loop = knowledge["resolution"]!["steps"]![4]!["loop"]!;
        Assert.Equal((1, 4), ((int)loop["from"]!, (int)loop["to"]!));
        Assert.Equal(true, (bool?)knowledge["references"]![0]!["exists"]);
        Assert.Equal("none", (string?)knowledge["status"]);
    }
}
