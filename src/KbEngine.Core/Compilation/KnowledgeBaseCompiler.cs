using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Ingest;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Parsing;
using KbEngine.Core.Query;
using KbEngine.Core.Tree;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>
/// Compiles content into one knowledge base file: every article parsed and extracted, the search
/// index and the decision tree (see <see cref="KnowledgeBaseFormat"/>).
/// </summary>
/// <remarks>
/// Parsing, extraction, encoding, compression and term counting run on all cores; one thread
/// writes the database. The file is written beside the target and moved over it only when
/// complete, so a failed compile never leaves a half-written knowledge base.
/// </remarks>
public sealed class KnowledgeBaseCompiler(KbPipeline pipeline, TextAnalyzer analyzer)
{
    /// <summary>The compiler with the default pipeline and search vocabulary.</summary>
    public static KnowledgeBaseCompiler Default { get; } = new(KbPipeline.Default, TextAnalyzer.Default);

    /// <summary>Compiles <paramref name="contentPath"/> (a folder or an archive) into <paramref name="outputFile"/>.</summary>
    /// <param name="contentPath">The content.</param>
    /// <param name="outputFile">The knowledge base to write; replaced atomically.</param>
    /// <param name="progress">Receives the number of articles compiled so far.</param>
    /// <param name="cancellationToken">Stops the compile; the output is then left as it was.</param>
    public CompileReport Compile(string contentPath, string outputFile, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        ArgumentNullException.ThrowIfNull(outputFile);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var source = ContentSources.Open(contentPath);
        var fingerprint = ContentFingerprint.Of(contentPath);
        var knownIds = source.ArticleIds().ToHashSet(StringComparer.Ordinal);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outputFile)}.{Guid.NewGuid():N}.tmp");
        File.Delete(temporary);
        var failures = new List<Diagnostic>();
        var index = new SearchIndexWriter();
        var leaves = new List<TreeLeaf>();
        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var contentHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        DecisionTree tree;
        try
        {
            using (var connection = Open(temporary))
            {
                Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                Execute(connection, KnowledgeBaseFormat.Schema);
                using var transaction = connection.BeginTransaction();
                using var insertArticle = Command(connection, "INSERT INTO articles VALUES ($doc, $id, $title, $products, $area, $issue, $cause, $errors, $evaluable, $article, $knowledge, $raw)");
                using var insertFailure = Command(connection, "INSERT INTO failures VALUES ($path, $id, $line, $column, $message, $raw)");
                foreach (var compiled in CorpusReader.ReadAll(source, document => Prepare(document, knownIds), cancellationToken))
                {
                    contentHash.AppendData(compiled.Hash);
                    bytes += compiled.Bytes;
                    var duplicateOf = compiled.Article is { } parsed && !firstPath.TryAdd(parsed.Id, compiled.Path) ? firstPath[parsed.Id] : null;
                    if (compiled.Article is not { } article || duplicateOf is not null)
                    {
                        var first = duplicateOf is not null
                            ? new Diagnostic(compiled.Path, 1, 1, DiagnosticSeverity.Error, $"duplicate article id {compiled.Article!.Id}: {duplicateOf} has it already; this file is kept as raw text only")
                            : compiled.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)
                              ?? new Diagnostic(compiled.Path, 0, 0, DiagnosticSeverity.Error, "the article could not be read");
                        failures.Add(first);
                        Run(insertFailure, compiled.Path, ArticleFileFilter.IdFromPath(compiled.Path), first.Line, first.Column, first.Message, compiled.Raw);
                        continue;
                    }

                    var knowledge = compiled.Knowledge!;
                    var doc = index.DocumentCount;
                    index.Add(compiled.Terms!);
                    leaves.Add(compiled.Leaf!);
                    Run(insertArticle, doc, article.Id, article.Title, string.Join(' ', knowledge.Applicability.Products.Select(p => p.ProductId).OfType<string>().Distinct()),
                        article.Area, article.IssueType, knowledge.Cause.FirstOrDefault()?.Text,
                        knowledge.ErrorMessages.IsEmpty ? null : string.Join('\n', knowledge.ErrorMessages.Select(m => m.EventId is { } id ? $"{m.Text} (Event ID {id})" : m.Text)),
                        ArticleEvaluator.CanFind(knowledge) ? 1 : 0, compiled.ArticleBlob, compiled.KnowledgeBlob, compiled.Raw);
                    progress?.Report(doc + 1);
                }

                using (var insertTerm = Command(connection, "INSERT INTO terms VALUES ($term, $df, $postings)"))
                {
                    foreach (var (term, df, postings) in index.Terms())
                    {
                        Run(insertTerm, term, df, postings.ToArray());
                    }
                }

                tree = DecisionTreeBuilder.Build(leaves);
                using (var insertNode = Command(connection, "INSERT INTO tree VALUES ($node, $parent, $kind, $label, $question, $key, $articles, $article, $children)"))
                {
                    foreach (var node in tree.Nodes)
                    {
                        Run(insertNode, node.Id, node.ParentId, TreeRows.Kind(node.Kind), node.Label, node.Question, node.QuestionKey, node.Articles, node.ArticleId, TreeRows.Children(node));
                    }
                }

                var hash = Convert.ToHexStringLower(contentHash.GetHashAndReset());
                using (var insertMeta = Command(connection, "INSERT INTO meta VALUES ($key, $value)"))
                {
                    foreach (var (key, value) in new Dictionary<string, string>
                    {
                        [MetaKeys.FormatVersion] = KnowledgeBaseFormat.Version.ToString(CultureInfo.InvariantCulture),
                        [MetaKeys.EngineBuild] = EngineBuild.Id,
                        [MetaKeys.ContentHash] = hash,
                        [MetaKeys.ContentFingerprint] = fingerprint,
                        [MetaKeys.ContentSource] = Path.GetFullPath(contentPath),
                        [MetaKeys.Articles] = index.DocumentCount.ToString(CultureInfo.InvariantCulture),
                        [MetaKeys.Failures] = failures.Count.ToString(CultureInfo.InvariantCulture),
                        [MetaKeys.CompiledAt] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                        [MetaKeys.TreeRoot] = tree.Root.Id,
                    })
                    {
                        Run(insertMeta, key, value);
                    }

                    Run(insertMeta, MetaKeys.Lengths, Convert.ToBase64String(index.Lengths()));
                }

                transaction.Commit();
                Execute(connection, "ANALYZE;");
            }

            File.Move(temporary, outputFile, overwrite: true);
            return new CompileReport(Path.GetFullPath(outputFile), index.DocumentCount, [.. failures], bytes, new FileInfo(outputFile).Length, started.Elapsed, tree.Statistics);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private PreparedArticle Prepare(SourceDocument document, IReadOnlySet<string> knownIds)
    {
        var result = pipeline.Read(document, extract: true, knownIds);
        var hash = SHA256.HashData(document.Content.Span);
        var raw = Deflate(document.Content.Span);
        if (result.Article is not { } article || result.Knowledge is not { } knowledge)
        {
            return new PreparedArticle(document.Path, document.Content.Length, hash, raw, result.Diagnostics, null, null, null, null, null, null);
        }

        return new PreparedArticle(document.Path, document.Content.Length, hash, raw, result.Diagnostics, article, knowledge,
            Deflate(ModelBlobs.Encode(article)), Deflate(ModelBlobs.Encode(knowledge)), DocumentTerms.Of(article, knowledge, analyzer), TreeLeaf.Of(article, knowledge));
    }

    /// <summary>Deflates bytes the way the articles table stores them.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream(bytes.Length / 3);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return output.ToArray();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (System.Text.RegularExpressions.Match name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+"))
        {
            command.Parameters.Add(new SqliteParameter(name.Value, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private sealed record PreparedArticle(
        string Path, long Bytes, byte[] Hash, byte[] Raw, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics,
        Model.Article? Article, KnowledgeRecord? Knowledge, byte[]? ArticleBlob, byte[]? KnowledgeBlob, DocumentTerms? Terms, TreeLeaf? Leaf);
}
