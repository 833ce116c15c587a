using KbEngine.Core.Compilation;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Tests.Compilation;

/// <summary>
/// An update in place must leave exactly what a full compile of the same content would: the same
/// rows, postings, lengths and tree. The content is the default corpus (567 real articles), so the
/// edited article's problem area has neighbours whose questions the update has to get right.
/// </summary>
public sealed class KnowledgeBaseUpdaterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _content;
    private readonly string _file;

    public KnowledgeBaseUpdaterTests()
    {
        var source = Path.Combine(SharedCorpus.RepositoryRoot, "content", "kb");
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            _folder.Write(Path.Combine("kb", Path.GetRelativePath(source, file)), File.ReadAllBytes(file));
        }

        _content = Path.Combine(_folder.Path, "kb");
        _file = Path.Combine(_folder.Path, "kb.kbdb");
        KnowledgeBaseCompiler.Default.Compile(_content, _file);
    }

    [Theory]
    [InlineData("Q199534", "Remote Exchange Sites", "Remote Exchange Sites Over X.400")] // title words: the area's questions change
    [InlineData("Q199534", "Mail disappears, and no", "Mail vanishes silently, and no")] // body only: postings and lengths
    [InlineData("Q199534", "XFOR:", "XADM:")] // another problem area: the whole tree is rebuilt
    [InlineData("Q199534", "Q148389 XFOR", "Q148500 XFOR")] // cites another article: the citations follow
    public void UpdatingOneChangedArticleGivesWhatAFullCompileGives(string id, string before, string after)
    {
        var path = ArticlePath(id);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.True(update.Updated, update.Reason);
        Assert.Equal<string>([id], update.Changed);
        Assert.Equal(1, update.Generation);
        var full = Path.Combine(_folder.Path, "full.kbdb");
        KnowledgeBaseCompiler.Default.Compile(_content, full);
        foreach (var table in new[] { ArticlesColumns, "SELECT term, df, postings FROM terms ORDER BY term", TreeColumns, "SELECT cited, doc FROM citations ORDER BY cited, doc", SnapshotColumns })
        {
            Assert.Equal(Rows(full, table), Rows(_file, table));
        }

        Assert.Equal(Meta(full), Meta(_file));
        using var updated = KnowledgeBase.Open(_file);
        Assert.True(updated.IsCurrentFor(_content));
        Assert.Equal(1, updated.Generation);
        Assert.Equal<string>([id], updated.SummariesChangedSince(0).Select(s => s.Id));
        Assert.Empty(updated.SummariesChangedSince(1));
    }

    [Fact]
    public void ASecondUpdateStartsFromWhatTheFirstLeft()
    {
        // The first update rewrites the snapshot of the folder in place; the second compares with it.
        var path = ArticlePath("Q199534");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("Mail disappears, and no", "Mail vanishes silently, and no", StringComparison.Ordinal));
        Assert.Equal<string>(["Q199534"], KnowledgeBaseCompiler.Default.Update(_content, _file).Changed);
        File.WriteAllText(ArticlePath("Q148389"), File.ReadAllText(ArticlePath("Q148389")) + "\n");

        var second = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.Equal<string>(["Q148389"], second.Changed);
        Assert.Equal(2, second.Generation);
        var full = Path.Combine(_folder.Path, "full.kbdb");
        KnowledgeBaseCompiler.Default.Compile(_content, full);
        Assert.Equal(Rows(full, ArticlesColumns), Rows(_file, ArticlesColumns));
        Assert.Equal(Rows(full, SnapshotColumns), Rows(_file, SnapshotColumns));
        Assert.Equal(Meta(full), Meta(_file));
        Assert.Empty(KnowledgeBaseCompiler.Default.Update(_content, _file).Changed);
    }

    [Fact]
    public void UpdateOfUnchangedContentChangesNothing()
    {
        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.True(update.Updated);
        Assert.Empty(update.Changed);
        Assert.Equal(0, update.Generation);
    }

    [Fact]
    public void ContentNamedByARelativePathIsUpdatedInPlaceToo()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _content);
        Assert.False(Path.IsPathRooted(relative));
        var file = Path.Combine(_folder.Path, "relative.kbdb");
        KnowledgeBaseCompiler.Default.Compile(relative, file);
        File.AppendAllText(ArticlePath("Q199534"), "\n");

        var update = KnowledgeBaseCompiler.Default.Update(relative, file);

        Assert.True(update.Updated, update.Reason);
        Assert.Equal<string>(["Q199534"], update.Changed);
    }

    [Fact]
    public void AddedArticleNeedsAFullCompileAndLeavesTheFileAsItWas()
    {
        var before = Rows(_file, ArticlesColumns);
        _folder.Write("kb/999/Q999999/README.md", File.ReadAllBytes(ArticlePath("Q199534")));

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.False(update.Updated);
        Assert.Contains("added or removed", update.Reason, StringComparison.Ordinal);
        Assert.Equal(before, Rows(_file, ArticlesColumns));
    }

    [Fact]
    public void ArticleAddedBesideAnotherInItsFolderNeedsAFullCompile()
    {
        _folder.Write("kb/199/Q199534/Q999998.md", File.ReadAllBytes(ArticlePath("Q199534")));

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.False(update.Updated);
        Assert.Contains("Q999998.md", update.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovedArticleNeedsAFullCompile()
    {
        File.Delete(ArticlePath("Q148389"));

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.False(update.Updated);
        Assert.Contains("Q148389", update.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleAddedInANewFolderIsFoundAfterAnEmptyFolderWasNoted()
    {
        // The new folder holds no article yet: the update notes its time, so that what arrives in it later is seen.
        Directory.CreateDirectory(Path.Combine(_content, "999", "Q999999"));
        var first = KnowledgeBaseCompiler.Default.Update(_content, _file);
        Assert.True(first.Updated, first.Reason);
        Assert.Empty(first.Changed);

        _folder.Write("kb/999/Q999999/README.md", File.ReadAllBytes(ArticlePath("Q199534")));
        var second = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.False(second.Updated);
        Assert.Contains("Q999999", second.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleSavedByRenamingANewFileOverItIsUpdatedInPlace()
    {
        // What many editors do: write the new text beside the file, then rename it over the old one.
        var path = ArticlePath("Q199534");
        var saved = path + ".tmp";
        File.WriteAllText(saved, File.ReadAllText(path).Replace("Mail disappears, and no", "Mail vanishes silently, and no", StringComparison.Ordinal));
        File.Move(saved, path, overwrite: true);

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.True(update.Updated, update.Reason);
        Assert.Equal<string>(["Q199534"], update.Changed);
        Assert.Empty(KnowledgeBaseCompiler.Default.Update(_content, _file).Changed);
    }

    [Fact]
    public void ArticleThatNoLongerParsesNeedsAFullCompileAndLeavesTheFileAsItWas()
    {
        var before = Rows(_file, ArticlesColumns);
        File.WriteAllText(ArticlePath("Q199534"), "---\ntitle: \"Q199534: broken\"\n---\n\n\tArticle: Q199534\n");

        var update = KnowledgeBaseCompiler.Default.Update(_content, _file);

        Assert.False(update.Updated);
        Assert.Contains("no longer parses", update.Reason, StringComparison.Ordinal);
        Assert.Equal(before, Rows(_file, ArticlesColumns));
        using var knowledgeBase = KnowledgeBase.Open(_file);
        Assert.Equal(0, knowledgeBase.Generation);
    }

    public void Dispose() => _folder.Dispose();

    // Everything a full compile decides; path, size and time are the file's, the generation the update's.
    private const string ArticlesColumns = "SELECT doc, id, title, products, area, issue_type, cause, errors, evaluable, refs, article, knowledge, raw, leaf, leaf_product, leaf_area, hash FROM articles ORDER BY doc";

    private const string SnapshotColumns = "SELECT part, data FROM snapshot ORDER BY part";

    private const string TreeColumns = "SELECT node, parent, kind, label, question, question_key, articles, article_id, children FROM tree ORDER BY node";

    private string ArticlePath(string id) => Directory.EnumerateFiles(_content, "README.md", SearchOption.AllDirectories).Single(f => f.Contains(id, StringComparison.Ordinal));

    private static List<string> Meta(string file) =>
        Rows(file, "SELECT key, value FROM meta WHERE key IN ('contentHash', 'contentFingerprint', 'lengths', 'articles', 'failures', 'treeRoot') ORDER BY key");

    private static List<string> Rows(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                byte[] bytes => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)),
                var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            })));
        }

        return rows;
    }
}
