using System.Globalization;
using System.Security.Cryptography;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Ingest;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Parsing;
using KbEngine.Core.Query;
using KbEngine.Core.Tree;

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
        var phases = new PhaseClock();
        var source = ContentSources.Open(contentPath);
        var fromFolder = Directory.Exists(contentPath);
        // A folder is listed once, for its fingerprint and the folders' times.
        var listing = fromFolder ? ContentFingerprint.List(contentPath) : null;
        var fingerprint = listing is not null ? ContentFingerprint.Of(contentPath, listing.Files) : ContentFingerprint.Of(contentPath);
        // No pass over the content to list its ids first (for the archive, a whole gunzip on one
        // core): whether a cited article exists is answered by the knowledge base when it reads a record.
        phases.End(listing is not null ? $"listed {listing.Files.Count:N0} files and fingerprinted the content" : "fingerprinted the content");
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputFile))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(outputFile)}.{Guid.NewGuid():N}.tmp");
        File.Delete(temporary);
        var failures = new List<Diagnostic>();
        var index = new SearchIndexWriter();
        var leaves = new List<TreeLeaf>();
        var firstPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var contentHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var fileHashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        long bytes = 0;
        DecisionTree tree;
        try
        {
            using (var connection = SqliteCommands.Open(temporary))
            {
                SqliteCommands.Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                SqliteCommands.Execute(connection, KnowledgeBaseFormat.Schema);
                using var transaction = connection.BeginTransaction();
                using var insertArticle = new SqliteRowWriter(connection, ArticleRow.Insert);
                using var insertCitation = new SqliteRowWriter(connection, ArticleRow.InsertCitation);
                using var insertFailure = SqliteCommands.Prepare(connection, "INSERT INTO failures VALUES ($path, $id, $line, $column, $message, $size, $modified, $hash, $raw)");
                foreach (var compiled in CorpusReader.ReadAll(source, document => Prepare(document, fromFolder), cancellationToken))
                {
                    contentHash.AppendData(compiled.Hash);
                    fileHashes[compiled.Path] = compiled.Hash;
                    bytes += compiled.Bytes;
                    var duplicateOf = compiled.Article is { } parsed && !firstPath.TryAdd(parsed.Id, compiled.Path) ? firstPath[parsed.Id] : null;
                    if (compiled.Article is not { } article || duplicateOf is not null)
                    {
                        var first = duplicateOf is not null
                            ? new Diagnostic(compiled.Path, 1, 1, DiagnosticSeverity.Error, $"duplicate article id {compiled.Article!.Id}: {duplicateOf} has it already; this file is kept as raw text only")
                            : compiled.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)
                              ?? new Diagnostic(compiled.Path, 0, 0, DiagnosticSeverity.Error, "the article could not be read");
                        failures.Add(first);
                        SqliteCommands.Run(insertFailure, compiled.Path, ArticleFileFilter.IdFromPath(compiled.Path), first.Line, first.Column, first.Message,
                            compiled.Bytes, compiled.Modified, compiled.Hash, compiled.Raw);
                        continue;
                    }

                    var doc = index.DocumentCount;
                    index.Add(compiled.Terms!);
                    leaves.Add(compiled.Leaf!);
                    insertArticle.Run(ArticleRow.Values(doc, compiled, generation: 0));
                    foreach (var cited in ArticleRow.Cites(compiled))
                    {
                        insertCitation.Run(cited, doc);
                    }

                    progress?.Report(doc + 1);
                }

                phases.End($"read, parsed, extracted, indexed and stored {index.DocumentCount:N0} articles, {failures.Count:N0} failed");
                var termCount = 0;
                using (var insertTerm = new SqliteRowWriter(connection, "INSERT INTO terms VALUES ($term, $df, $postings, 0)"))
                {
                    foreach (var (term, df, postings) in index.Terms())
                    {
                        insertTerm.Run(term, df, postings);
                        termCount++;
                    }
                }

                phases.End($"wrote {termCount:N0} search terms");
                tree = DecisionTreeBuilder.Build(leaves);
                phases.End($"built the decision tree ({tree.Nodes.Length:N0} nodes)");
                using (var insertNode = new SqliteRowWriter(connection, TreeRows.Insert))
                {
                    // In key order, so SQLite appends to its B-tree instead of splitting pages all over it.
                    foreach (var node in tree.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
                    {
                        insertNode.Run(TreeRows.Values(node, generation: 0));
                    }
                }

                phases.End("wrote the decision tree");

                if (listing is not null)
                {
                    // A file that vanished between the listing and its reading has no hash: the next update finds it gone.
                    FolderSnapshot.Of(
                        Path.GetFullPath(FolderContentSource.TopOf(contentPath)).TrimEnd(Path.DirectorySeparatorChar),
                        [.. listing.Files.Select(f => (f, fileHashes.GetValueOrDefault(f.Path) ?? new byte[SHA256.HashSizeInBytes]))],
                        listing.Folders).Write(connection);
                }

                var hash = Convert.ToHexStringLower(contentHash.GetHashAndReset());
                using (var insertMeta = SqliteCommands.Prepare(connection, "INSERT INTO meta VALUES ($key, $value)"))
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
                        [MetaKeys.Identity] = Guid.NewGuid().ToString("N"),
                        [MetaKeys.Generation] = "0",
                    })
                    {
                        SqliteCommands.Run(insertMeta, key, value);
                    }

                    SqliteCommands.Run(insertMeta, MetaKeys.Lengths, Convert.ToBase64String(index.Lengths()));
                }

                phases.End(listing is not null ? "wrote the folder snapshot and the meta rows" : "wrote the meta rows");
                transaction.Commit();
                phases.End("committed");
                SqliteCommands.Execute(connection, KnowledgeBaseFormat.UpdateIndexes);
                phases.End("built the indexes");
                SqliteCommands.Execute(connection, "ANALYZE;");
                phases.End("gathered the query planner's statistics");
            }

            File.Move(temporary, outputFile, overwrite: true);
            return new CompileReport(Path.GetFullPath(outputFile), index.DocumentCount, [.. failures], bytes, new FileInfo(outputFile).Length, started.Elapsed, tree.Statistics,
                phases.Phases);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Brings <paramref name="file"/>, compiled from the folder <paramref name="contentPath"/>, up to
    /// date in place when only some articles' files changed since: those are compiled again, and
    /// the search index and the tree are rewritten where they concern them, in one transaction.
    /// The result is what a full compile would give; the rows rewritten carry the new generation.
    /// </summary>
    /// <returns>What was done; when <see cref="UpdateReport.Updated"/> is false the file is unchanged and only a full compile can bring it up to date (the reason says why).</returns>
    public UpdateReport Update(string contentPath, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        ArgumentNullException.ThrowIfNull(file);
        return new KnowledgeBaseUpdater(this, analyzer).Update(contentPath, file, cancellationToken);
    }

    internal PreparedArticle Prepare(SourceDocument document, bool fromFolder)
    {
        var result = pipeline.Read(document, extract: true);
        var hash = SHA256.HashData(document.Content.Span);
        var raw = Deflate(document.Content.Span);
        // The file's full path and time let an update in place, run from any folder, tell which files changed without
        // reading them; an archive's members are read whole anyway.
        var path = fromFolder ? Path.GetFullPath(document.Path) : document.Path;
        var modified = fromFolder ? File.GetLastWriteTimeUtc(document.Path).Ticks : 0;
        if (result.Article is not { } article || result.Knowledge is not { } knowledge)
        {
            return new PreparedArticle(path, document.Content.Length, modified, hash, raw, result.Diagnostics, null, null, null, null, null, null);
        }

        return new PreparedArticle(path, document.Content.Length, modified, hash, raw, result.Diagnostics, article, knowledge,
            ModelBlobs.Deflated(article), ModelBlobs.Deflated(knowledge), DocumentTerms.Of(article, knowledge, analyzer), TreeLeaf.Of(article, knowledge));
    }

    /// <summary>Deflates bytes the way the articles table stores them.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes) => ModelBlobs.Deflate(bytes);

    internal sealed record PreparedArticle(
        string Path, long Bytes, long Modified, byte[] Hash, byte[] Raw, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics,
        Model.Article? Article, KnowledgeRecord? Knowledge, byte[]? ArticleBlob, byte[]? KnowledgeBlob, DocumentTerms? Terms, TreeLeaf? Leaf);

    /// <summary>Times the steps of a compile one after another.</summary>
    private sealed class PhaseClock
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly List<CompilePhase> _phases = [];

        public System.Collections.Immutable.ImmutableArray<CompilePhase> Phases => [.. _phases];

        public void End(string what)
        {
            _phases.Add(new CompilePhase(what, _clock.Elapsed));
            _clock.Restart();
        }
    }
}
