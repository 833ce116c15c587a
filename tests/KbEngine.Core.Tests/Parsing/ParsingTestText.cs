using System.Text;
using KbEngine.Core.Model;

namespace KbEngine.Core.Tests.Parsing;

/// <summary>Helpers for the parsing tests: the fixture files' own lines, inline articles, block text.</summary>
public static class ParsingTestText
{
    /// <summary>Line <paramref name="number"/> (1-based) of a fixture file, exactly as it is in the file.</summary>
    public static string FileLine(string fixture, int number) => File.ReadAllLines(FixtureArticles.PathOf(fixture))[number - 1];

    /// <summary>Line <paramref name="number"/> of a fixture file without its body tab and surrounding white space.</summary>
    public static string FileLineTrimmed(string fixture, int number) => FileLine(fixture, number).Trim();

    /// <summary>The non-blank lines <paramref name="first"/> to <paramref name="last"/> of a fixture file, each trimmed.</summary>
    public static IEnumerable<string> FileLinesTrimmed(string fixture, int first, int last) =>
        File.ReadAllLines(FixtureArticles.PathOf(fixture))[(first - 1)..last]
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);

    /// <summary>The non-blank lines of a block's own text, each trimmed.</summary>
    public static IEnumerable<string> Lines(Block block) =>
        block.Text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    /// <summary>The non-blank lines of a block and of every block nested in it, each trimmed, in document order.</summary>
    public static IEnumerable<string> AllLines(Block block) =>
        ArticleWalk.Descendants(block).SelectMany(Lines);

    /// <summary>The non-blank lines of every block of a section and its subsections, each trimmed, in document order.</summary>
    public static IEnumerable<string> AllLines(Section section) =>
        section.Blocks.SelectMany(AllLines);

    /// <summary>
    /// Builds an article file in the archive's envelope (front matter, heading, tab-indented text)
    /// around <paramref name="body"/> and parses it; the test fails when it does not parse.
    /// </summary>
    public static Article Inline(string id, string title, params string[] body)
    {
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("layout: page\n")
            .Append("title: \"").Append(id).Append(": ").Append(title).Append("\"\n")
            .Append("permalink: /kb/900/").Append(id).Append("/\n")
            .Append("---\n")
            .Append('\n')
            .Append("## ").Append(id).Append(": ").Append(title).Append('\n')
            .Append('\n');
        foreach (var line in body)
        {
            text.Append('\t').Append(line).Append('\n');
        }

        var result = FixtureArticles.ParseText(text.ToString(), id + ".md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Article!;
    }

    /// <summary>The header and applies-to box of an inline article, followed by <paramref name="body"/>.</summary>
    public static string[] WithHeader(string id, params string[] body) =>
    [
        "Article: " + id,
        "Product(s): Microsoft Exchange",
        "Version(s): winnt:5.5",
        "Operating System(s): ",
        "Keyword(s): exc55",
        "Last Modified: 01-JAN-2000",
        "",
        "-------------------------------------------------------------------------------",
        "The information in this article applies to:",
        "",
        "- Microsoft Exchange Server, version 5.5 ",
        "-------------------------------------------------------------------------------",
        "",
        .. body,
    ];
}
