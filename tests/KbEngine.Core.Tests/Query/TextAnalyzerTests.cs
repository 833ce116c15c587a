using KbEngine.Core.Query;

namespace KbEngine.Core.Tests.Query;

public class TextAnalyzerTests
{
    private static List<string> Terms(string text) => TextAnalyzer.Default.Terms(text);

    [Fact]
    public void PhrasesAlsoCountAsTheKbAbbreviation()
    {
        Assert.Contains("ndr", Terms("A non-delivery report is returned"));
        Assert.Contains("imc", Terms("the Internet Mail Connector stops"));
        Assert.Contains("dirsync", Terms("after directory synchronization runs"));
        Assert.Contains("gpf", Terms("Word causes a general protection fault"));
    }

    [Fact]
    public void ServicePacksAreOneTermHoweverWritten()
    {
        Assert.Contains("sp3", Terms("Exchange 5.5 SP3"));
        Assert.Contains("sp3", Terms("Exchange 5.5 sp 3"));
        Assert.Contains("sp3", Terms("Exchange Server 5.5 Service Pack 3"));
    }

    [Fact]
    public void FileNamesAndVersionsAreKeptWholeBesideTheirParts()
    {
        var terms = Terms("GPF in MSMI.DLL on version 5.5");

        Assert.Contains("msmi.dll", terms);
        Assert.Contains("msmi", terms);
        Assert.Contains("dll", terms);
        Assert.Contains("5.5", terms);
    }

    [Fact]
    public void StopWordsAreDroppedAndWordsStemmed()
    {
        Assert.Equal<string>(["user", "send", "remote", "site"], Terms("the users cannot send to the remote sites"));
    }
}
