using System.Collections.Immutable;
using System.Globalization;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Core.Query;
using KbEngine.Core.Tree;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Compilation;

/// <summary>
/// A compiled knowledge base, open for reading: articles, knowledge records, the search index and
/// the decision tree, each read only when asked for (see <see cref="KnowledgeBaseFormat"/>).
/// </summary>
/// <remarks>Not thread-safe: one connection, reused by every read.</remarks>
public sealed class KnowledgeBase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, string> _meta;
    private SearchIndex? _index;
    private DecisionTree? _tree;
    // Prepared once: a whole site build loads each of 60,000 articles through it, and preparing the
    // statement again for each cost as much CPU as reading the row.
    private SqliteCommand? _load;

    // Whether a cited article exists is asked here, not stored: a compile extracts each article
    // before it has seen the others. The first few hundred references read are looked up in the id
    // index; after that (a site build, an export) every id is read into memory once.
    private const int IdLookupsBeforeLoadingAll = 256;
    private SqliteCommand? _exists;
    private HashSet<string>? _ids;
    private int _idLookups;
    private Func<string, bool>? _isArticle;

    private KnowledgeBase(string file, SqliteConnection connection, Dictionary<string, string> meta)
    {
        File = file;
        _connection = connection;
        _meta = meta;
    }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>The SHA-256 of every content byte, in content order.</summary>
    public string ContentHash => _meta[MetaKeys.ContentHash];

    /// <summary>The content's cheap fingerprint at compile time (see <see cref="Compilation.ContentFingerprint"/>).</summary>
    public string ContentFingerprint => _meta[MetaKeys.ContentFingerprint];

    /// <summary>The full path of the content it was compiled from.</summary>
    public string ContentSource => _meta[MetaKeys.ContentSource];

    /// <summary>The build of the engine that compiled it (see <see cref="EngineBuild"/>).</summary>
    public string EngineBuild => _meta[MetaKeys.EngineBuild];

    /// <summary>The number of articles.</summary>
    public int ArticleCount => int.Parse(_meta[MetaKeys.Articles], CultureInfo.InvariantCulture);

    /// <summary>The number of articles that did not parse.</summary>
    public int FailureCount => int.Parse(_meta[MetaKeys.Failures], CultureInfo.InvariantCulture);

    /// <summary>A name given to the file by its full compile, kept by updates in place: with <see cref="Generation"/>, what a consumer remembers to find later what changed.</summary>
    public string Identity => _meta[MetaKeys.Identity];

    /// <summary>0 after a full compile, one more after each update in place (see <see cref="KnowledgeBaseCompiler.Update"/>).</summary>
    public long Generation => long.Parse(_meta[MetaKeys.Generation], CultureInfo.InvariantCulture);

    /// <summary>When it was compiled.</summary>
    public DateTimeOffset CompiledAt => DateTimeOffset.Parse(_meta[MetaKeys.CompiledAt], CultureInfo.InvariantCulture);

    /// <summary>Opens a compiled knowledge base.</summary>
    /// <exception cref="KnowledgeBaseException">The file is missing, not a knowledge base, or of another format version.</exception>
    public static KnowledgeBase Open(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!System.IO.File.Exists(file))
        {
            throw new KnowledgeBaseException($"{file}: no such knowledge base; create it with `kb compile --out {file}`.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT key, value FROM meta";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    meta[reader.GetString(0)] = reader.GetString(1);
                }
            }

            var version = meta.GetValueOrDefault(MetaKeys.FormatVersion);
            if (version != KnowledgeBaseFormat.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw new KnowledgeBaseException(
                    $"{file}: compiled knowledge base format {version ?? "unknown"}, but this engine reads format {KnowledgeBaseFormat.Version}; compile it again with `kb compile`.");
            }

            return new KnowledgeBase(file, connection, meta);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new KnowledgeBaseException($"{file}: not a compiled knowledge base ({e.Message.TrimEnd('.')}); create one with `kb compile`.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Whether the content at <paramref name="contentPath"/> is still what was compiled (by its fingerprint).</summary>
    public bool IsCurrentFor(string contentPath) =>
        string.Equals(ContentFingerprint, Compilation.ContentFingerprint.Of(contentPath), StringComparison.Ordinal);

    /// <summary>The ids of every article, in content order.</summary>
    public IEnumerable<string> ArticleIds() => Rows("SELECT id FROM articles ORDER BY doc", r => r.GetString(0));

    /// <summary>An article by id, or null.</summary>
    public Article? FindArticle(string id) =>
        Rows("SELECT article FROM articles WHERE id = $id", r => ModelBlobs.DecodeArticle((byte[])r[0], id), ("$id", id)).FirstOrDefault();

    /// <summary>An article's knowledge record by id, or null.</summary>
    public KnowledgeRecord? FindKnowledge(string id) =>
        Rows("SELECT knowledge FROM articles WHERE id = $id", r => ModelBlobs.DecodeKnowledge((byte[])r[0], id, IsArticle), ("$id", id)).FirstOrDefault();

    /// <summary>An article's knowledge record by its number, or null.</summary>
    public KnowledgeRecord? KnowledgeOf(int document) =>
        Rows("SELECT id, knowledge FROM articles WHERE doc = $doc", r => ModelBlobs.DecodeKnowledge((byte[])r[1], r.GetString(0), IsArticle), ("$doc", document)).FirstOrDefault();

    /// <summary>An article, its record and its file's text, by the article's number, in one read; or null.</summary>
    public (Article Article, KnowledgeRecord Knowledge, string Raw)? Load(int document)
    {
        _load ??= SqliteCommands.Prepare(_connection, "SELECT id, article, knowledge, raw FROM articles WHERE doc = $doc");
        SqliteCommands.Bind(_load, document);
        using var r = _load.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var id = r.GetString(0);
        return (ModelBlobs.DecodeArticle((byte[])r[1], id),
            ModelBlobs.DecodeKnowledge((byte[])r[2], id, IsArticle),
            ModelBlobs.InflateText((byte[])r[3]));
    }

    /// <summary>An article file's text as it was compiled, or null (failed articles included).</summary>
    public string? RawText(string id) =>
        Rows("SELECT raw FROM articles WHERE id = $id UNION ALL SELECT raw FROM failures WHERE id = $id", r => ModelBlobs.InflateText((byte[])r[0]), ("$id", id)).FirstOrDefault();

    /// <summary>Every article with its record, in content order.</summary>
    public IEnumerable<(Article Article, KnowledgeRecord Knowledge)> ReadAll() =>
        Rows("SELECT id, article, knowledge FROM articles ORDER BY doc", r =>
        {
            var id = r.GetString(0);
            return (ModelBlobs.DecodeArticle((byte[])r[1], id), ModelBlobs.DecodeKnowledge((byte[])r[2], id, IsArticle));
        });

    /// <summary>Every article's stored forms, inflated but not decoded (for checking the binary form).</summary>
    internal IEnumerable<(string Id, byte[] Article, byte[] Knowledge)> StoredForms() =>
        Rows("SELECT id, article, knowledge FROM articles ORDER BY doc", r => (r.GetString(0), ModelBlobs.InflateBytes((byte[])r[1]), ModelBlobs.InflateBytes((byte[])r[2])));

    /// <summary>The records the evaluator can find something in (see <see cref="Evaluation.ArticleEvaluator.CanFind"/>), in content order.</summary>
    public IEnumerable<KnowledgeRecord> EvaluableRecords() =>
        Rows("SELECT id, knowledge FROM articles WHERE evaluable = 1 ORDER BY doc", r => ModelBlobs.DecodeKnowledge((byte[])r[1], r.GetString(0), IsArticle));

    /// <summary>The articles that did not parse.</summary>
    public IEnumerable<CompiledFailure> Failures() =>
        Rows("SELECT path, id, line, column, message, raw FROM failures", r => new CompiledFailure(
            r.IsDBNull(1) ? null : r.GetString(1),
            new Diagnostic(r.GetString(0), r.GetInt32(2), r.GetInt32(3), DiagnosticSeverity.Error, r.GetString(4)),
            ModelBlobs.InflateBytes((byte[])r[5])));

    /// <summary>The summary of an article by its number.</summary>
    public ArticleSummary? Summary(int document) =>
        Rows($"{SummaryColumns} WHERE doc = $doc", ReadSummary, ("$doc", document)).FirstOrDefault();

    /// <summary>The summary of an article by id.</summary>
    public ArticleSummary? Summary(string id) =>
        Rows($"{SummaryColumns} WHERE id = $id", ReadSummary, ("$id", id)).FirstOrDefault();

    /// <summary>The summaries of the given articles, by number (one read for all).</summary>
    public IReadOnlyDictionary<int, ArticleSummary> Summaries(IReadOnlyCollection<int> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Count == 0
            ? new Dictionary<int, ArticleSummary>()
            : Rows($"{SummaryColumns} WHERE doc IN ({string.Join(',', documents.Select(d => d.ToString(CultureInfo.InvariantCulture)))})", ReadSummary)
                .ToDictionary(summary => summary.Document);
    }

    /// <summary>The summaries of the articles an update in place rewrote after <paramref name="generation"/>, in content order.</summary>
    public IEnumerable<ArticleSummary> SummariesChangedSince(long generation) =>
        Rows($"{SummaryColumns} WHERE generation > $generation AND {OnlyUpdated} ORDER BY doc", ReadSummary, ("$generation", generation));

    /// <summary>The tree nodes an update in place rewrote after <paramref name="generation"/>.</summary>
    public IEnumerable<string> TreeNodesChangedSince(long generation) =>
        Rows($"SELECT node FROM tree WHERE generation > $generation AND {OnlyUpdated}", r => r.GetString(0), ("$generation", generation));

    /// <summary>
    /// The condition of the partial indexes on <c>generation</c>: SQLite uses them only when the
    /// query says it too (it cannot tell that <c>generation &gt; $generation</c> implies it), and
    /// without them each of these reads scans every row (0.1 s on the archive).
    /// </summary>
    private const string OnlyUpdated = "generation > 0";

    /// <summary>Every article's number with the ids it cites (itself left out), in content order; read without decoding any record.</summary>
    public IEnumerable<(int Document, string Id, string[] Cites)> Citations() =>
        Rows("SELECT doc, id, refs FROM articles ORDER BY doc", r => (r.GetInt32(0), r.GetString(1), r.GetString(2).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The ids an article cites (itself left out), for each of the given articles by number; read without decoding any record.</summary>
    public IReadOnlyDictionary<int, string[]> Citations(IReadOnlyCollection<int> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Count == 0
            ? new Dictionary<int, string[]>()
            : Rows($"SELECT doc, refs FROM articles WHERE doc IN ({string.Join(',', documents.Select(d => d.ToString(CultureInfo.InvariantCulture)))})",
                r => (Document: r.GetInt32(0), Cites: r.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToDictionary(c => c.Document, c => c.Cites);
    }

    /// <summary>The ids of the articles that cite <paramref name="id"/>, in content order.</summary>
    public IReadOnlyList<string> CitedBy(string id) =>
        [.. Rows("SELECT articles.id FROM citations JOIN articles ON articles.doc = citations.doc WHERE citations.cited = $id ORDER BY citations.doc", r => r.GetString(0), ("$id", id))];

    /// <summary>An article's number, or null when there is no such article.</summary>
    public int? DocumentOf(string id) =>
        Rows("SELECT doc FROM articles WHERE id = $id", r => (int?)r.GetInt32(0), ("$id", id)).FirstOrDefault();

    /// <summary>Every article's number by its id (read from the id index alone).</summary>
    public IReadOnlyDictionary<string, int> Documents() =>
        Rows("SELECT id, doc FROM articles", r => (Id: r.GetString(0), Document: r.GetInt32(1))).ToDictionary(d => d.Id, d => d.Document, StringComparer.Ordinal);

    /// <summary>Every article's summary, in content order.</summary>
    public IEnumerable<ArticleSummary> Summaries() =>
        Rows($"{SummaryColumns} ORDER BY doc", ReadSummary);

    /// <summary>
    /// The summaries of the given articles by id as a browse list shows them (id, title, products,
    /// area, issue type), in content order; without the cause and error messages (null and empty).
    /// </summary>
    internal IReadOnlyList<ArticleSummary> ListedSummaries(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : [.. Rows(
            $"{ListedColumns} WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY doc",
            ReadSummary,
            ("$ids", System.Text.Json.JsonSerializer.Serialize(ids)))];
    }

    /// <summary>The search index; its postings are read as queries need them.</summary>
    public SearchIndex SearchIndex => _index ??= new SearchIndex(
        ArticleCount,
        Lengths(Convert.FromBase64String(_meta[MetaKeys.Lengths])),
        term => Rows("SELECT df, postings FROM terms WHERE term = $term", r => ((int, byte[])?)(r.GetInt32(0), (byte[])r[1]), ("$term", term)).FirstOrDefault(),
        SearchVocabulary.Embedded);

    /// <summary>The decision tree (all its nodes, read once).</summary>
    public DecisionTree Tree => _tree ??= ReadTree();

    /// <summary>Every node of the decision tree without its texts: id, parent, kind and, for a leaf, its article; in no set order.</summary>
    public IEnumerable<(string Id, string? Parent, TreeNodeKind Kind, string? ArticleId)> TreeOutline() =>
        _tree is { } tree
            ? tree.Nodes.Select(n => (n.Id, n.ParentId, n.Kind, n.ArticleId))
            : Rows("SELECT node, parent, kind, article_id FROM tree", r =>
                (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), TreeRows.ParseKind(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3)));

    /// <summary>One node of the decision tree, read alone.</summary>
    public TreeNode? TreeNode(string id) =>
        _tree?.Node(id) ?? Rows($"{TreeColumns} WHERE node = $node", TreeRows.Read, ("$node", id)).FirstOrDefault();

    private const string TreeColumns = TreeRows.Select + " FROM tree";

    /// <inheritdoc />
    public void Dispose()
    {
        _load?.Dispose();
        _exists?.Dispose();
        _connection.Dispose();
    }

    private Func<string, bool> IsArticle => _isArticle ??= id =>
    {
        if (_ids is null && ++_idLookups > IdLookupsBeforeLoadingAll)
        {
            _ids = Rows("SELECT id FROM articles UNION ALL SELECT id FROM failures WHERE id IS NOT NULL", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        }

        if (_ids is { } ids)
        {
            return ids.Contains(id);
        }

        // A file that did not parse is still in the content: its page shows the raw text.
        _exists ??= SqliteCommands.Prepare(_connection, "SELECT 1 FROM articles WHERE id = $id UNION ALL SELECT 1 FROM failures WHERE id = $id");
        SqliteCommands.Bind(_exists, id);
        return _exists.ExecuteScalar() is not null;
    };

    private DecisionTree ReadTree()
    {
        var nodes = Rows(TreeColumns, TreeRows.Read).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var ordered = new List<TreeNode>(nodes.Count);
        var stack = new Stack<string>([_meta[MetaKeys.TreeRoot]]);
        while (stack.Count > 0)
        {
            var node = nodes[stack.Pop()];
            ordered.Add(node);
            for (var i = node.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i].NodeId);
            }
        }

        return new DecisionTree(ordered);
    }

    /// <summary>The columns <see cref="ReadSummary"/> reads, in its order.</summary>
    private const string SummaryColumns = "SELECT doc, id, title, products, area, issue_type, cause, errors FROM articles";

    /// <summary>The first columns of <see cref="SummaryColumns"/>: what a browse list shows.</summary>
    private const string ListedColumns = "SELECT doc, id, title, products, area, issue_type FROM articles";

    /// <summary>A summary from <see cref="SummaryColumns"/>, or from <see cref="ListedColumns"/> without the cause and error messages.</summary>
    private static ArticleSummary ReadSummary(SqliteDataReader r) => new(
        r.GetInt32(0),
        r.GetString(1),
        r.GetString(2),
        [.. r.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.FieldCount <= 6 || r.IsDBNull(6) ? null : r.GetString(6),
        r.FieldCount <= 7 || r.IsDBNull(7) ? [] : [.. r.GetString(7).Split('\n')]);

    private static ushort[] Lengths(byte[] bytes)
    {
        var lengths = new ushort[bytes.Length / 2];
        for (var i = 0; i < lengths.Length; i++)
        {
            lengths[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i * 2));
        }

        return lengths;
    }

    private IEnumerable<T> Rows<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters) =>
        SqliteCommands.Rows(_connection, sql, read, parameters);
}
