using System.Diagnostics;
using System.Globalization;
using KbEngine.Core.Ingest;
using KbEngine.Core.Query;
using KbEngine.Core.Tree;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>
/// Brings a compiled knowledge base up to date with its content folder when only some articles'
/// files changed: those articles are compiled again, their rows, the postings of their old and
/// new terms, and the tree of their problem areas are rewritten, all in one SQLite transaction.
/// </summary>
/// <remarks>
/// Anything else (an archive, files added or removed, an article that fails, another engine build)
/// is left to a full compile, which the report asks for: the update must give what a full compile
/// would, and those cases change what other articles' records hold (the ids they can link to).
/// </remarks>
internal sealed class KnowledgeBaseUpdater(KnowledgeBaseCompiler compiler, TextAnalyzer analyzer)
{
    /// <summary>Past this many changed files a full compile, which uses every core, is the faster way.</summary>
    public const int MaxChanged = 2000;

    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;

    public UpdateReport Update(string contentPath, string file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        UpdateReport Refuse(string reason) => UpdateReport.NeedsFullCompile(reason, clock.Elapsed);

        if (!Directory.Exists(contentPath))
        {
            return Refuse("archive content is compiled whole");
        }

        if (!File.Exists(file))
        {
            return Refuse("there is no compiled file yet");
        }

        using var connection = SqliteCommands.Open(file);
        Dictionary<string, string> meta;
        try
        {
            meta = Read(connection, "SELECT key, value FROM meta", r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        }
        catch (SqliteException e)
        {
            return Refuse($"it is not a compiled knowledge base ({e.Message.TrimEnd('.')})");
        }

        if (meta.GetValueOrDefault(MetaKeys.FormatVersion) != KnowledgeBaseFormat.Version.ToString(CultureInfo.InvariantCulture))
        {
            return Refuse("it is of another format version");
        }

        if (meta.GetValueOrDefault(MetaKeys.EngineBuild) != EngineBuild.Id)
        {
            return Refuse("another build of the engine compiled it");
        }

        if (meta.GetValueOrDefault(MetaKeys.ContentSource) != Path.GetFullPath(contentPath))
        {
            return Refuse("it was compiled from other content");
        }

        FolderSnapshot? snapshot;
        try
        {
            snapshot = FolderSnapshot.Read(connection);
        }
        catch (KnowledgeBaseException e)
        {
            return Refuse(e.Message);
        }

        if (snapshot is null)
        {
            return Refuse("it holds no snapshot of the folder");
        }

        var scan = FolderChanges.Find(snapshot.Files(), snapshot.Folders());
        if (scan.AddedOrRemoved is { } addedOrRemoved)
        {
            return Refuse($"articles were added or removed ({addedOrRemoved})");
        }

        var files = scan.Files;
        var changed = new List<(string Path, int Doc, string Id)>();
        foreach (var path in scan.Modified)
        {
            var was = Read(connection, "SELECT doc, id FROM articles WHERE path = $path", r => (Doc: r.GetInt32(0), Id: r.GetString(1)), ("$path", path)).FirstOrDefault();
            if (was.Id is null)
            {
                return Refuse($"{path} did not parse when compiled");
            }

            changed.Add((path, was.Doc, was.Id));
        }

        var generation = long.Parse(meta[MetaKeys.Generation], CultureInfo.InvariantCulture);
        if (changed.Count > MaxChanged)
        {
            return Refuse($"{changed.Count:N0} articles changed");
        }

        if (changed.Count == 0)
        {
            // Every file has the size and time it was compiled with, and none came or went: the fingerprint is the same too.
            if (scan.Folders.Count + scan.FoldersGone.Count > 0)
            {
                // A file saved by renaming another over it: only the folder's time is new.
                snapshot.Update(connection, [], scan);
            }

            return new UpdateReport(true, [], null, generation, clock.Elapsed);
        }

        var fingerprint = ContentFingerprint.Of(contentPath, files);
        generation++;
        using var transaction = connection.BeginTransaction();
        var lengths = Convert.FromBase64String(meta[MetaKeys.Lengths]);
        var edits = new Dictionary<string, Dictionary<int, ushort[]?>>(StringComparer.Ordinal);
        var areas = new HashSet<(string Product, string Area)>();
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var wholeTree = false;
        using (var replace = SqliteCommands.Prepare(connection, ArticleRow.Replace))
        using (var insertCitation = SqliteCommands.Prepare(connection, ArticleRow.InsertCitation))
        using (var deleteCitation = SqliteCommands.Prepare(connection, "DELETE FROM citations WHERE cited = $cited AND doc = $doc"))
        {
            foreach (var (path, doc, id) in changed)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var compiled = compiler.Prepare(new SourceDocument(path, File.ReadAllBytes(path)), fromFolder: true);
                if (compiled.Article is null)
                {
                    return Refuse($"{path} no longer parses");
                }

                if (compiled.Article.Id != id)
                {
                    return Refuse($"{path} now holds {compiled.Article.Id}, not {id}");
                }

                var old = Read(connection, $"SELECT article, knowledge, leaf_product, leaf_area, refs FROM articles WHERE doc = {doc.ToString(CultureInfo.InvariantCulture)}",
                    r => (Terms: DocumentTerms.Of(ModelBlobs.DecodeArticle((byte[])r[0], id), ModelBlobs.DecodeKnowledge((byte[])r[1], id), analyzer), Product: r.GetString(2), Area: r.GetString(3),
                        Cites: r.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries))).Single();
                foreach (var term in old.Terms.Counts.Keys)
                {
                    Edits(edits, term)[doc] = null;
                }

                foreach (var (term, counts) in compiled.Terms!.Counts)
                {
                    if (old.Terms.Counts.TryGetValue(term, out var before) && before.AsSpan().SequenceEqual(counts))
                    {
                        edits[term].Remove(doc);
                        continue;
                    }

                    Edits(edits, term)[doc] = counts;
                }

                for (var f = 0; f < FieldCount; f++)
                {
                    System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(lengths.AsSpan((doc * FieldCount + f) * 2), (ushort)Math.Min(compiled.Terms.Lengths[f], ushort.MaxValue));
                }

                hashes[path] = compiled.Hash;
                ArticleRow.Bind(replace, doc, compiled, generation);
                replace.ExecuteNonQuery();
                foreach (var cited in old.Cites)
                {
                    SqliteCommands.Run(deleteCitation, cited, doc);
                }

                foreach (var cited in ArticleRow.Cites(compiled))
                {
                    SqliteCommands.Run(insertCitation, cited, doc);
                }

                var leaf = compiled.Leaf!;
                wholeTree |= leaf.Product != old.Product || leaf.Area != old.Area;
                areas.Add((leaf.Product, leaf.Area));
            }
        }

        WriteTerms(connection, edits, generation);
        if (wholeTree)
        {
            var leaves = Read(connection, "SELECT leaf FROM articles ORDER BY doc", r => TreeLeafBlob.Decode((byte[])r[0])).ToList();
            ReplaceNodes(connection, Read(connection, $"{TreeRows.Select} FROM tree", TreeRows.Read).ToList(), DecisionTreeBuilder.Build(leaves).Nodes, generation);
        }
        else
        {
            foreach (var (product, area) in areas)
            {
                var members = Read(connection, "SELECT leaf FROM articles WHERE leaf_product = $p AND leaf_area = $a ORDER BY doc", r => TreeLeafBlob.Decode((byte[])r[0]), ("$p", product), ("$a", area)).ToList();
                var subtree = DecisionTreeBuilder.BuildArea(DecisionTreeBuilder.ProductNodeId(product), members);
                var before = Read(connection,
                    $"WITH RECURSIVE below(node) AS (SELECT $top UNION ALL SELECT tree.node FROM tree JOIN below ON tree.parent = below.node) {TreeRows.Select} FROM tree WHERE node IN below",
                    TreeRows.Read, ("$top", subtree[0].Id)).ToList();
                ReplaceNodes(connection, before, subtree, generation);
            }
        }

        var compiledAgain = hashes.Select(h =>
        {
            var index = snapshot.IndexOf(h.Key);
            return (index, files[index], h.Value);
        });
        var now = snapshot.Update(connection, [.. compiledAgain], scan);
        using (var setMeta = SqliteCommands.Prepare(connection, "REPLACE INTO meta VALUES ($key, $value)"))
        {
            SqliteCommands.Run(setMeta, MetaKeys.Generation, generation.ToString(CultureInfo.InvariantCulture));
            SqliteCommands.Run(setMeta, MetaKeys.ContentFingerprint, fingerprint);
            SqliteCommands.Run(setMeta, MetaKeys.ContentHash, now.ContentHash());
            SqliteCommands.Run(setMeta, MetaKeys.Lengths, Convert.ToBase64String(lengths));
            SqliteCommands.Run(setMeta, MetaKeys.CompiledAt, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        }

        transaction.Commit();
        return new UpdateReport(true, [.. changed.Select(c => c.Id)], null, generation, clock.Elapsed);
    }

    private static Dictionary<int, ushort[]?> Edits(Dictionary<string, Dictionary<int, ushort[]?>> edits, string term)
    {
        if (!edits.TryGetValue(term, out var documents))
        {
            edits[term] = documents = [];
        }

        return documents;
    }

    private static void WriteTerms(SqliteConnection connection, Dictionary<string, Dictionary<int, ushort[]?>> edits, long generation)
    {
        using var select = SqliteCommands.Prepare(connection, "SELECT postings FROM terms WHERE term = $term");
        using var replace = SqliteCommands.Prepare(connection, "REPLACE INTO terms VALUES ($term, $df, $postings, $generation)");
        using var delete = SqliteCommands.Prepare(connection, "DELETE FROM terms WHERE term = $term");
        foreach (var (term, documents) in edits)
        {
            if (documents.Count == 0)
            {
                continue;
            }

            SqliteCommands.Bind(select, term);
            var postings = select.ExecuteScalar() as byte[] ?? [];
            var (df, edited) = SearchIndexWriter.Edit(postings, documents);
            if (df == 0)
            {
                SqliteCommands.Run(delete, term);
            }
            else
            {
                SqliteCommands.Run(replace, term, df, edited, generation);
            }
        }
    }

    /// <summary>Rewrites the rows of <paramref name="after"/> that differ from <paramref name="before"/> and deletes the nodes that are gone.</summary>
    private static void ReplaceNodes(SqliteConnection connection, IReadOnlyList<TreeNode> before, IReadOnlyList<TreeNode> after, long generation)
    {
        var old = before.ToDictionary(n => n.Id, StringComparer.Ordinal);
        using var replace = SqliteCommands.Prepare(connection, TreeRows.Replace);
        foreach (var node in after)
        {
            if (old.Remove(node.Id, out var was) && TreeRows.SameRow(was, node))
            {
                continue;
            }

            TreeRows.Bind(replace, node, generation);
            replace.ExecuteNonQuery();
        }

        using var delete = SqliteCommands.Prepare(connection, "DELETE FROM tree WHERE node = $node");
        foreach (var gone in old.Keys)
        {
            SqliteCommands.Run(delete, gone);
        }
    }

    private static IEnumerable<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters) =>
        SqliteCommands.Rows(connection, sql, read, parameters);
}
