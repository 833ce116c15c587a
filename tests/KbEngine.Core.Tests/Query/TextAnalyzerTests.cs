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

    [Fact]
    public async Task WordsThatLookAlikeInTheWordCacheKeepTheirOwnTerms()
    {
        // Words of 8 ASCII characters or fewer are cached by their characters packed into a number,
        // the others by their text: each must come back with its own term once another was cached.
        string[] words =
        [
            "123456789", "923456780", "abcdefgh", "abcdefghi", "ABCDEFGHI", "Caf\u00e9", "CAF\u00c9", "\u212Aelvin", "kelvin",
            "\u0101b", "ab", "Ab", "x\u0101", "x\u0161", "ac", "\u0161b", "MSMI.DLL", "msmi.dll", "pr_content", "5.5", "sp", "3",
        ];

        // Each word on a thread of its own: its cache is empty, so nothing can be mistaken for it.
        var alone = new List<List<string>>();
        foreach (var word in words)
        {
            alone.Add(await OnAThreadOfItsOwn(() => Terms(word)));
        }

        // One thread: each word meets the cache the others filled.
        var together = await OnAThreadOfItsOwn(() => words.Select(Terms).ToList());
        var again = await OnAThreadOfItsOwn(
            () =>
            {
                Terms(string.Join(' ', words)); // every word cached first
                return words.Select(Terms).ToList();
            });

        Assert.Equal(alone, together);
        Assert.Equal(alone, again);
        Assert.Equal(Terms("caf\u00e9"), alone[5]);
        Assert.Equal(alone[5], alone[6]);
        Assert.Equal(Terms("kelvin"), alone[7]);
        Assert.NotEqual(alone[0], alone[1]);
        Assert.NotEqual(alone[12], alone[13]);
    }

    private static Task<T> OnAThreadOfItsOwn<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
