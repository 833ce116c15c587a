using KbEngine.Core;
using KbEngine.Core.Ingest;
using KbEngine.Core.Model;
using KbEngine.Core.Parsing;

namespace KbEngine.Core.Tests;

/// <summary>Reads the real archive articles copied into Fixtures/ (named QNNNNNN.md).</summary>
public static class FixtureArticles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name.EndsWith(".md", StringComparison.Ordinal) ? name : name + ".md");

    public static SourceDocument Document(string name) => new(PathOf(name), File.ReadAllBytes(PathOf(name)));

    public static ParseResult Parse(string name) => KbPipeline.Default.Read(Document(name));

    /// <summary>Parses a fixture and fails the test when it does not parse.</summary>
    public static Article Article(string name)
    {
        var result = Parse(name);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Article!;
    }

    /// <summary>Parses text given inline, as if it were a file called <paramref name="path"/>.</summary>
    public static ParseResult ParseText(string text, string path = "inline.md") =>
        KbPipeline.Default.Read(new SourceDocument(path, System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>All fixture names (file names without .md).</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;
}
