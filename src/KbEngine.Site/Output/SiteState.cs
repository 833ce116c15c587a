using System.Globalization;
using KbEngine.Core.Compilation;
using Microsoft.Data.Sqlite;

namespace KbEngine.Site.Output;

/// <summary>
/// What a build leaves beside the site for the next one: the knowledge base (identity and
/// generation) and inputs it was built from, every file with the hash of its bytes, every page, and
/// for each article what other pages show of it, so that the next build can rewrite only what
/// depends on the articles that changed.
/// </summary>
/// <remarks>
/// An SQLite file beside the output folder (<c>.site.kb-build</c> for <c>site/</c>), so it is never
/// published with the site. An incremental build reads only the rows it needs and rewrites only
/// those that changed: loading the whole state of the archive's site (124,000 files, 60,000
/// articles) took 0.3–0.5 s of a build that should take less than a second.
/// </remarks>
internal sealed class SiteState : IDisposable
{
    // 4: the list_pages table (the pages of the browse lists and their members).
    private const string FormatVersion = "4";

    private const string Schema = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE files (path TEXT PRIMARY KEY, hash INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE pages (url TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE articles (id TEXT PRIMARY KEY, listing INTEGER NOT NULL, place TEXT, cites TEXT NOT NULL, archive TEXT NOT NULL, lists TEXT NOT NULL, shards TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE list_pages (url TEXT PRIMARY KEY, list TEXT NOT NULL, number INTEGER NOT NULL, count INTEGER NOT NULL, total INTEGER NOT NULL, members TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX list_pages_list ON list_pages (list);
        """;

    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();
    private readonly SqliteCommand _hashOf;

    private SiteState(SqliteConnection connection, Dictionary<string, string> meta)
    {
        _connection = connection;
        Inputs = meta["inputs"];
        Identity = meta["identity"];
        Generation = long.Parse(meta["generation"], CultureInfo.InvariantCulture);
        FileCount = int.Parse(meta["files"], CultureInfo.InvariantCulture);
        _hashOf = SqliteCommands.Prepare(connection, "SELECT hash FROM files WHERE path = $path");
    }

    /// <summary>The hash of everything besides the knowledge base that the pages depend on: templates, options, estate, engine.</summary>
    public string Inputs { get; }

    /// <summary>The knowledge base's <see cref="Core.Compilation.KnowledgeBase.Identity"/>.</summary>
    public string Identity { get; }

    /// <summary>The knowledge base's generation the site shows.</summary>
    public long Generation { get; }

    /// <summary>The number of files of the site.</summary>
    public int FileCount { get; }

    /// <summary>The state file of an output folder.</summary>
    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.kb-build");
    }

    /// <summary>The state of the last build of <paramref name="output"/>, open; or null when there is none usable (missing, damaged, other version).</summary>
    public static SiteState? TryOpen(string output)
    {
        var file = PathFor(output);
        if (!File.Exists(file) || !Directory.Exists(output))
        {
            return null;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = SqliteCommands.Open(file);
            var meta = SqliteCommands.Rows(connection, "SELECT key, value FROM meta", r => (r.GetString(0), r.GetString(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            if (meta.GetValueOrDefault("format") == FormatVersion)
            {
                return new SiteState(connection, meta);
            }
        }
        catch (SqliteException)
        {
            // A damaged or foreign state only costs a full build.
        }

        connection?.Dispose();
        return null;
    }

    /// <summary>The hash of a file of the site, or null when the site has no such file.</summary>
    public ulong? HashOf(string path)
    {
        lock (_lock)
        {
            SqliteCommands.Bind(_hashOf, path);
            return _hashOf.ExecuteScalar() is long hash ? unchecked((ulong)hash) : null;
        }
    }

    /// <summary>Those of <paramref name="paths"/> the site has, asked in one statement: a browse list links 10,000 articles or more.</summary>
    public HashSet<string> Existing(IReadOnlyCollection<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        lock (_lock)
        {
            return paths.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) : SqliteCommands.Rows(
                _connection,
                "SELECT path FROM files WHERE path IN (SELECT value FROM json_each($paths))",
                r => r.GetString(0),
                ("$paths", System.Text.Json.JsonSerializer.Serialize(paths))).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Every file of the site with its hash.</summary>
    public Dictionary<string, ulong> Files()
    {
        lock (_lock)
        {
            return SqliteCommands.Rows(_connection, "SELECT path, hash FROM files", r => (Path: r.GetString(0), Hash: unchecked((ulong)r.GetInt64(1))))
                .ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal);
        }
    }

    /// <summary>The URL of every page (the sitemap's list).</summary>
    public HashSet<string> Pages()
    {
        lock (_lock)
        {
            return SqliteCommands.Rows(_connection, "SELECT url FROM pages", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>What the pages of others show of an article, or null when the last build did not have it.</summary>
    public ArticleTraces? Article(string id)
    {
        lock (_lock)
        {
            return SqliteCommands.Rows(_connection, $"{ArticleColumns} WHERE id = $id", ReadTraces, ("$id", id)).Select(a => a.Traces).FirstOrDefault();
        }
    }

    /// <summary>Per article id, the archive's lists it is on (see <see cref="ArticleTraces.ArchiveIndexes"/>); articles on none are left out.</summary>
    public Dictionary<string, string[]> ArchiveIndexes()
    {
        lock (_lock)
        {
            return SqliteCommands.Rows(_connection, "SELECT id, archive FROM articles WHERE archive <> ''", r => (Id: r.GetString(0), Lists: Words(r.GetString(1))))
                .ToDictionary(a => a.Id, a => a.Lists, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// For each pair of a list's URL and an article id, the page of that list that shows the article
    /// (one row each, found through the list's index: the members of the list's other pages are
    /// not read); pairs with no such page are left out.
    /// </summary>
    public List<ListPageMembers> ListPagesShowing(IEnumerable<(string List, string Id)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var pages = new List<ListPageMembers>();
        lock (_lock)
        {
            using var command = SqliteCommands.Prepare(_connection, $"{ListPageColumns} WHERE list = $list AND instr(' ' || members || ' ', $id) > 0");
            foreach (var (list, id) in pairs)
            {
                SqliteCommands.Bind(command, list, $" {id} ");
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    pages.Add(ReadListPage(reader));
                }
            }
        }

        return pages;
    }

    /// <summary>The URLs of the pages of the lists <paramref name="lists"/> (by the list's URL), or of every list when null.</summary>
    public HashSet<string> ListPageUrls(IReadOnlyCollection<string>? lists)
    {
        lock (_lock)
        {
            return (lists is null
                ? SqliteCommands.Rows(_connection, "SELECT url FROM list_pages", r => r.GetString(0))
                : SqliteCommands.Rows(_connection, "SELECT url FROM list_pages WHERE list IN (SELECT value FROM json_each($lists))", r => r.GetString(0), ("$lists", System.Text.Json.JsonSerializer.Serialize(lists))))
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes the state of a whole build beside <paramref name="output"/>, replacing any other atomically.</summary>
    public static void Create(string output, SiteStateChange state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var file = PathFor(output);
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var connection = SqliteCommands.Open(temporary))
            {
                SqliteCommands.Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
                SqliteCommands.Execute(connection, Schema);
                Write(connection, state);
            }

            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Applies what an incremental build changed, in one transaction.</summary>
    public void Apply(SiteStateChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            Write(_connection, change);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hashOf.Dispose();
        _connection.Dispose();
    }

    private static void Write(SqliteConnection connection, SiteStateChange change)
    {
        using var transaction = connection.BeginTransaction();
        Run(connection, "REPLACE INTO meta VALUES ($key, $value)", [
            ["format", FormatVersion],
            ["inputs", change.Inputs],
            ["identity", change.Identity],
            ["generation", change.Generation.ToString(CultureInfo.InvariantCulture)],
            ["files", change.FileCount.ToString(CultureInfo.InvariantCulture)],
        ]);
        // In key order: each table is a B-tree on its key, and rows that arrive in order are appended
        // to its last page instead of splitting pages all over it (124,000 files in a whole build).
        Run(connection, "REPLACE INTO files VALUES ($path, $hash)", change.Files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new object?[] { f.Key, unchecked((long)f.Value) }));
        Run(connection, "DELETE FROM files WHERE path = $path", change.FilesGone.Select(f => new object?[] { f }));
        Run(connection, "INSERT OR IGNORE INTO pages VALUES ($url)", change.Pages.Order(StringComparer.Ordinal).Select(p => new object?[] { p }));
        Run(connection, "DELETE FROM pages WHERE url = $url", change.PagesGone.Select(p => new object?[] { p }));
        Run(connection, "REPLACE INTO articles VALUES ($id, $listing, $place, $cites, $archive, $lists, $shards)", change.Articles.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new object?[]
        {
            a.Key,
            unchecked((long)a.Value.Listing),
            a.Value.Place,
            string.Join(' ', a.Value.Cites),
            string.Join(' ', a.Value.ArchiveIndexes),
            string.Join(' ', a.Value.Lists),
            string.Join(' ', a.Value.SearchShards.Select(s => $"{s.Key}={s.Value.ToString("x16", CultureInfo.InvariantCulture)}")),
        }));
        Run(connection, "REPLACE INTO list_pages VALUES ($url, $list, $number, $count, $total, $members)", change.ListPages.OrderBy(p => p.Url, StringComparer.Ordinal).Select(p => new object?[]
        {
            p.Url, p.List, p.Number, p.Count, p.Total, string.Join(' ', p.Members),
        }));
        Run(connection, "DELETE FROM list_pages WHERE url = $url", change.ListPagesGone.Select(p => new object?[] { p }));
        transaction.Commit();
    }

    private const string ListPageColumns = "SELECT url, list, number, count, total, members FROM list_pages";

    private static ListPageMembers ReadListPage(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), Words(r.GetString(5)));

    private const string ArticleColumns = "SELECT id, listing, place, cites, archive, lists, shards FROM articles";

    private static (string Id, ArticleTraces Traces) ReadTraces(SqliteDataReader r) => (r.GetString(0), new ArticleTraces(
        unchecked((ulong)r.GetInt64(1)),
        r.IsDBNull(2) ? null : r.GetString(2),
        Words(r.GetString(3)),
        Words(r.GetString(4)),
        Words(r.GetString(5)),
        Words(r.GetString(6)).Select(s => s.Split('=')).ToDictionary(s => s[0], s => ulong.Parse(s[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture), StringComparer.Ordinal)));

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs one statement for each row of values (one per <c>$name</c> of <paramref name="sql"/>, in order), prepared once.</summary>
    /// <remarks>Through <see cref="SqliteRowWriter"/>, as the compiler's bulk inserts: a whole build's state is 300,000 rows.</remarks>
    private static void Run(SqliteConnection connection, string sql, IEnumerable<object?[]> rows)
    {
        using var writer = new SqliteRowWriter(connection, sql);
        foreach (var row in rows)
        {
            writer.Run(row);
        }
    }
}
