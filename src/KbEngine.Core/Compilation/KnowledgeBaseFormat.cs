namespace KbEngine.Core.Compilation;

/// <summary>
/// The compiled knowledge base is an SQLite database, so any tool can open it
/// (<c>sqlite3 kb.db "select id, title, cause from articles"</c>). Its tables:
/// <list type="bullet">
/// <item><c>meta(key, value)</c>: the format version, the content's hash and fingerprint, the engine build, counts,
/// the file's identity and its generation;</item>
/// <item><c>articles(doc, id, title, products, area, issue_type, cause, errors, evaluable, refs, leaf_product, leaf_area,
/// path, size, modified, hash, generation, leaf, article, knowledge, raw)</c>: one row per article (the small columns
/// first, so that reading them never walks the blobs' overflow pages); <c>article</c> and
/// <c>knowledge</c> are the parsed article and its record in <see cref="ModelWriter"/>'s binary form, deflated (a record's
/// references do not say whether the cited article is in the content: <see cref="KnowledgeBase"/> answers that when it reads it); <c>raw</c>
/// is the article file, deflated; <c>refs</c> the ids it cites; <c>leaf</c> what the decision tree knows of it;
/// <c>path</c>, <c>size</c>, <c>modified</c> and <c>hash</c> its file as compiled;</item>
/// <item><c>failures(path, id, line, column, message, size, modified, hash, raw)</c>: articles that did not parse, with their text;</item>
/// <item><c>terms(term, df, postings, generation)</c>: the search index (see <see cref="Query.SearchIndexWriter"/>);</item>
/// <item><c>tree(node, parent, kind, label, question, question_key, articles, article_id, children, generation)</c>: the corpus
/// decision tree, one row per node; <c>children</c> holds one line per answer, <c>node id TAB articles TAB label</c>;</item>
/// <item><c>citations(cited, doc)</c>: <c>refs</c> the other way round, to find what cites an article without reading every row;</item>
/// <item><c>snapshot(part, data)</c>: for content read from a folder, every file with its size, time and hash, and every
/// folder with its time, when compiled (see <see cref="FolderSnapshot"/>), so that an update finds what changed without listing every folder
/// (see <see cref="FolderChanges"/>).</item>
/// </list>
/// A full compile writes generation 0 under a new identity; each update in place (see
/// <see cref="KnowledgeBaseCompiler.Update"/>) raises the generation and marks the rows it rewrote
/// with it, so a consumer that remembers the identity and generation it last read can find
/// what changed since without reading the rest.
/// </summary>
public static class KnowledgeBaseFormat
{
    /// <summary>The version of the layout and of the binary forms; a file of another version is refused.</summary>
    /// <remarks>5: records leave to the reader whether a cited article exists; an engine of format 4 would show them all as unknown.</remarks>
    public const int Version = 5;

    /// <summary>The file name extension the CLI gives compiled knowledge bases.</summary>
    public const string Extension = ".kbdb";

    internal const string Schema = """
        PRAGMA page_size = 8192;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles (
            doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, products TEXT NOT NULL,
            area TEXT, issue_type TEXT, cause TEXT, errors TEXT, evaluable INTEGER NOT NULL, refs TEXT NOT NULL,
            leaf_product TEXT NOT NULL, leaf_area TEXT NOT NULL,
            path TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL, hash BLOB NOT NULL, generation INTEGER NOT NULL,
            leaf BLOB NOT NULL, article BLOB NOT NULL, knowledge BLOB NOT NULL, raw BLOB NOT NULL);
        CREATE INDEX articles_evaluable ON articles (evaluable) WHERE evaluable = 1;
        CREATE INDEX articles_generation ON articles (generation) WHERE generation > 0;
        CREATE TABLE failures (
            path TEXT NOT NULL, id TEXT, line INTEGER NOT NULL, column INTEGER NOT NULL, message TEXT NOT NULL,
            size INTEGER NOT NULL, modified INTEGER NOT NULL, hash BLOB NOT NULL, raw BLOB NOT NULL);
        CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, postings BLOB NOT NULL, generation INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE tree (
            node TEXT PRIMARY KEY, parent TEXT, kind TEXT NOT NULL, label TEXT NOT NULL, question TEXT, question_key TEXT,
            articles INTEGER NOT NULL, article_id TEXT, children TEXT NOT NULL, generation INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE citations (cited TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (cited, doc)) WITHOUT ROWID;
        CREATE TABLE snapshot (part TEXT NOT NULL UNIQUE, data BLOB NOT NULL);
        """;

    /// <summary>Indexes a full compile creates after loading, for updates in place.</summary>
    internal const string UpdateIndexes = """
        CREATE INDEX articles_leaf ON articles (leaf_product, leaf_area);
        CREATE INDEX articles_path ON articles (path);
        CREATE INDEX tree_parent ON tree (parent);
        CREATE INDEX terms_generation ON terms (generation) WHERE generation > 0;
        CREATE INDEX tree_generation ON tree (generation) WHERE generation > 0;
        """;
}
