using System.Diagnostics;
using System.Text;
using KbEngine.Core.Compilation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Core.Query;
using Microsoft.Data.Sqlite;

namespace KbEngine.Benchmarks;

/// <summary>
/// <c>fts5 KBDB</c>: the measurement behind our own BM25F index. Builds, in a temporary SQLite
/// file, an FTS5 table over the same articles with the same fields (tokenize 'porter unicode61'),
/// and beside it our index from the same decoded articles; compares build time and size; then runs
/// the same queries as an FTS5 OR-query ranked by <c>bm25()</c> with the field weights of
/// <c>content/vocabulary/search.json</c> (LIMIT 60, as many candidates as SymptomSearch re-ranks)
/// and compares warm latency and the top 10 with our index's, in the same process.
/// </summary>
internal static class Fts5Benchmark
{
    /// <summary>The FTS5 columns, in <see cref="SearchField"/> order so the weights line up.</summary>
    private static readonly string[] Columns = [.. Enum.GetValues<SearchField>().Select(f => f.ToString().ToLowerInvariant())];

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Count < 1)
        {
            output.WriteLine("usage: KbEngine.Benchmarks fts5 KBDB [--rounds N] [--queries FILE] [--limit N] [--detail full|column|none] [--store-content] [--keep]");
            return 2;
        }

        var rounds = Measure.IntOption(args, "--rounds", 10);
        var detail = Measure.Option(args, "--detail") ?? "full";
        var storeContent = args.Contains("--store-content");
        var (queries, source) = QuerySet.Load(args);
        var analyzer = TextAnalyzer.Default;
        var weights = analyzer.Vocabulary.Weights;
        using var knowledgeBase = KnowledgeBase.Open(args[0]);
        var folder = Path.Combine(Path.GetTempPath(), $"kbbench-fts5-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var ftsFile = Path.Combine(folder, "fts5.db");
        var oursFile = Path.Combine(folder, "terms.db");
        try
        {
            output.WriteLine(Measure.F($"{Measure.Load()}"));
            output.WriteLine(Measure.F($"FTS5 table: fts5({string.Join(", ", Columns)}, tokenize='porter unicode61', detail={detail}{(storeContent ? "" : ", content=''")}) in {ftsFile}"));
            output.WriteLine(Measure.F($"bm25 weights (search.json): {string.Join(", ", Columns.Zip(weights, (c, w) => $"{c} {w}"))}"));
            var ids = Build(knowledgeBase, analyzer, ftsFile, oursFile, detail, storeContent, output);

            output.WriteLine();
            output.WriteLine(Measure.F($"queries: {queries.Count} from {source}; {rounds} rounds after a warm-up; {Measure.Load()}; FTS5 query: the query's words less our stop words, each quoted, joined with OR"));
            using var fts = Open(ftsFile, SqliteOpenMode.ReadOnly);
            using var select = fts.CreateCommand();
            select.CommandText = $"SELECT rowid FROM t WHERE t MATCH $q ORDER BY bm25(t, {string.Join(", ", weights.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)))}) LIMIT {SymptomSearch.Candidates}";
            var parameter = select.Parameters.Add("$q", SqliteType.Text);
            select.Prepare();
            var expressions = queries.Select(q => MatchExpression(q.Text, analyzer, phrases: detail == "full")).ToList();
            List<int> RunFts(int q)
            {
                var rows = new List<int>(SymptomSearch.Candidates);
                if (expressions[q].Length == 0)
                {
                    return rows;
                }

                parameter.Value = expressions[q];
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add(reader.GetInt32(0));
                }

                return rows;
            }

            if (expressions.FirstOrDefault(e => e.Length > 0) is { } probe)
            {
                using var ranked = fts.CreateCommand();
                ranked.CommandText = "SELECT COUNT(*) FROM (SELECT bm25(t) AS score FROM t WHERE t MATCH $q LIMIT 60) WHERE score <> 0";
                ranked.Parameters.AddWithValue("$q", probe);
                if (Convert.ToInt64(ranked.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    output.WriteLine(Measure.F($"warning: bm25() is 0 for every match of this table (detail={detail}{(storeContent ? "" : ", contentless")}): FTS5 cannot rank it, the order below is rowid order"));
                }
            }

            var search = new SymptomSearch(knowledgeBase, analyzer, KnowledgeData.Embedded.Catalog);
            for (var q = 0; q < queries.Count; q++)
            {
                RunFts(q);
                IndexRanking.Top(knowledgeBase, analyzer, queries[q].Text);
                search.Search(queries[q].Text);
            }

            var ftsTimes = queries.Select(_ => new List<double>(rounds)).ToList();
            var rankingTimes = queries.Select(_ => new List<double>(rounds)).ToList();
            var searchTimes = queries.Select(_ => new List<double>(rounds)).ToList();
            var ftsCpu = queries.Select(_ => new List<double>(rounds)).ToList();
            var rankingCpu = queries.Select(_ => new List<double>(rounds)).ToList();
            var searchCpu = queries.Select(_ => new List<double>(rounds)).ToList();
            void Time(Action action, List<double> wall, List<double> cpu)
            {
                var cpuStarted = Measure.ThreadCpuMilliseconds();
                var started = Stopwatch.GetTimestamp();
                action();
                wall.Add(Measure.Milliseconds(started));
                cpu.Add(Measure.ThreadCpuMilliseconds() - cpuStarted);
            }

            for (var round = 0; round < rounds; round++)
            {
                for (var q = 0; q < queries.Count; q++)
                {
                    var text = queries[q].Text;
                    var index = q;
                    Time(() => RunFts(index), ftsTimes[q], ftsCpu[q]);
                    Time(() => IndexRanking.Top(knowledgeBase, analyzer, text), rankingTimes[q], rankingCpu[q]);
                    Time(() => search.Search(text), searchTimes[q], searchCpu[q]);
                }
            }

            output.WriteLine();
            output.WriteLine("   #  fts5 med  fts5 p90 │ bm25f med │ search med │ top10 ∩ (fts5, search)  query");
            var overlapSearch = new List<int>();
            var overlapRanking = new List<int>();
            var sameFirst = 0;
            var ftsTop = new List<IReadOnlyList<string>>();
            var rankingTop = new List<IReadOnlyList<string>>();
            var searchTop = new List<IReadOnlyList<string>>();
            for (var q = 0; q < queries.Count; q++)
            {
                var fromFts = RunFts(q).Take(10).Select(doc => ids[doc]).ToList();
                var fromRanking = IndexRanking.Top(knowledgeBase, analyzer, queries[q].Text, 10).Select(doc => ids[doc]).ToList();
                var fromSearch = search.Search(queries[q].Text, 10).Hits.Select(h => h.Id).ToList();
                ftsTop.Add(fromFts);
                rankingTop.Add(fromRanking);
                searchTop.Add(fromSearch);
                overlapSearch.Add(fromFts.Intersect(fromSearch, StringComparer.Ordinal).Count());
                overlapRanking.Add(fromFts.Intersect(fromRanking, StringComparer.Ordinal).Count());
                sameFirst += fromFts.Count > 0 && fromSearch.Count > 0 && fromFts[0] == fromSearch[0] ? 1 : 0;
                var text = queries[q].Text.Length > 60 ? queries[q].Text[..59] + "…" : queries[q].Text;
                output.WriteLine(Measure.F(
                    $"{q + 1,4} {Measure.Median(ftsTimes[q]),9:F2} {Measure.Percentile(ftsTimes[q], 90),9:F2} │ {Measure.Median(rankingTimes[q]),9:F2} │ {Measure.Median(searchTimes[q]),10:F2} │ {overlapSearch[q],22}  {text}"));
            }

            output.WriteLine();
            Latency(output, "FTS5 MATCH … ORDER BY bm25() LIMIT 60", ftsTimes, ftsCpu);
            Latency(output, "our BM25F ranking alone, top 60", rankingTimes, rankingCpu);
            Latency(output, "our SymptomSearch.Search, top 10", searchTimes, searchCpu);
            output.WriteLine(Measure.F($"top-10 agreement: FTS5 vs our search {overlapSearch.Average():F1}/10 on average (same first hit in {sameFirst} of {queries.Count}); FTS5 vs our BM25F ranking alone {overlapRanking.Average():F1}/10"));
            if (queries.Any(q => !q.Expected.IsEmpty))
            {
                Relevance(output, "FTS5 bm25()", queries, ftsTop);
                Relevance(output, "our BM25F ranking alone", queries, rankingTop);
                Relevance(output, "our SymptomSearch.Search", queries, searchTop);
                output.WriteLine("where the expected article's rank differs (- = not in the top 10): fts5 / bm25f alone / search");
                for (var q = 0; q < queries.Count; q++)
                {
                    var ranks = new[] { ftsTop[q], rankingTop[q], searchTop[q] }.Select(top => Rank(queries[q], top)).ToArray();
                    if (!queries[q].Expected.IsEmpty && ranks.Distinct().Count() > 1)
                    {
                        output.WriteLine(Measure.F($"  #{q + 1,-3} {string.Join(" / ", ranks.Select(r => r < 0 ? "-" : (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))),-12} {string.Join(",", queries[q].Expected)}  {queries[q].Text}"));
                    }
                }
            }

            if (args.Contains("--keep"))
            {
                output.WriteLine(Measure.F($"kept {folder}"));
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!args.Contains("--keep"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Decodes every article once and feeds both indexes; returns the article id of each document number.</summary>
    private static List<string> Build(KnowledgeBase knowledgeBase, TextAnalyzer analyzer, string ftsFile, string oursFile, string detail, bool storeContent, TextWriter output)
    {
        var ids = new List<string>(knowledgeBase.ArticleCount);
        var writer = new SearchIndexWriter();
        var decodeTicks = 0L;
        var ftsTicks = 0L;
        var oursTicks = 0L;
        var analyseTicks = 0L;
        var textBytes = 0L;
        var fields = new string[Columns.Length];
        using (var fts = Open(ftsFile, SqliteOpenMode.ReadWriteCreate))
        {
            Execute(fts, "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            Execute(fts, $"CREATE VIRTUAL TABLE t USING fts5({string.Join(", ", Columns)}, tokenize = 'porter unicode61', detail = {detail}{(storeContent ? "" : ", content = ''")});");
            using var transaction = fts.BeginTransaction();
            using var insert = fts.CreateCommand();
            insert.CommandText = $"INSERT INTO t (rowid, {string.Join(", ", Columns)}) VALUES ($doc, {string.Join(", ", Columns.Select(c => "$" + c))})";
            var docParameter = insert.Parameters.Add("$doc", SqliteType.Integer);
            var columnParameters = Columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
            insert.Prepare();
            using var articles = knowledgeBase.ReadAll().GetEnumerator();
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                if (!articles.MoveNext())
                {
                    break;
                }

                var (article, knowledge) = articles.Current;
                decodeTicks += Stopwatch.GetTimestamp() - started;

                started = Stopwatch.GetTimestamp();
                Fields(article, knowledge, fields);
                docParameter.Value = ids.Count;
                for (var f = 0; f < fields.Length; f++)
                {
                    columnParameters[f].Value = fields[f];
                    textBytes += fields[f].Length;
                }

                insert.ExecuteNonQuery();
                ftsTicks += Stopwatch.GetTimestamp() - started;

                started = Stopwatch.GetTimestamp();
                var terms = DocumentTerms.Of(article, knowledge, analyzer);
                var analysed = Stopwatch.GetTimestamp();
                writer.Add(terms);
                analyseTicks += analysed - started;
                oursTicks += Stopwatch.GetTimestamp() - started;
                ids.Add(article.Id);
            }

            var commitStarted = Stopwatch.GetTimestamp();
            transaction.Commit();
            ftsTicks += Stopwatch.GetTimestamp() - commitStarted;
        }

        var optimizeStarted = Stopwatch.GetTimestamp();
        using (var fts = Open(ftsFile, SqliteOpenMode.ReadWrite))
        {
            Execute(fts, "INSERT INTO t (t) VALUES ('optimize');");
        }

        var optimizeMs = Measure.Milliseconds(optimizeStarted);

        var writeStarted = Stopwatch.GetTimestamp();
        using (var ours = Open(oursFile, SqliteOpenMode.ReadWriteCreate))
        {
            Execute(ours, "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
            Execute(ours, "CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, postings BLOB NOT NULL) WITHOUT ROWID;");
            Execute(ours, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;");
            using var transaction = ours.BeginTransaction();
            using var insert = ours.CreateCommand();
            insert.CommandText = "INSERT INTO terms VALUES ($term, $df, $postings)";
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            var df = insert.Parameters.Add("$df", SqliteType.Integer);
            var postings = insert.Parameters.Add("$postings", SqliteType.Blob);
            insert.Prepare();
            foreach (var (text, frequency, bytes) in writer.Terms())
            {
                term.Value = text;
                df.Value = frequency;
                postings.Value = bytes.ToArray();
                insert.ExecuteNonQuery();
            }

            using var lengths = ours.CreateCommand();
            lengths.CommandText = "INSERT INTO meta VALUES ('lengths', $lengths)";
            lengths.Parameters.AddWithValue("$lengths", Convert.ToBase64String(writer.Lengths()));
            lengths.ExecuteNonQuery();
            transaction.Commit();
        }

        var oursWriteMs = Measure.Milliseconds(writeStarted);
        SqliteConnection.ClearAllPools();
        var ftsMs = Stopwatch.GetElapsedTime(0, ftsTicks).TotalMilliseconds;
        var oursMs = Stopwatch.GetElapsedTime(0, oursTicks).TotalMilliseconds;
        output.WriteLine(Measure.F($"decoded {ids.Count:N0} articles from the knowledge base in {Stopwatch.GetElapsedTime(0, decodeTicks).TotalSeconds:F2} s ({textBytes / 1e6:F0} M characters of field text); both indexes built on this one thread from them"));
        output.WriteLine(Measure.F($"FTS5 build:  {(ftsMs + optimizeMs) / 1000,6:F2} s (insert {ftsMs / 1000:F2} s + optimize {optimizeMs / 1000:F2} s); file {new FileInfo(ftsFile).Length / 1e6,6:F1} MB"));
        output.WriteLine(Measure.F($"ours build:  {(oursMs + oursWriteMs) / 1000,6:F2} s (analyse {Stopwatch.GetElapsedTime(0, analyseTicks).TotalSeconds:F2} s + add to the writer {(oursTicks - analyseTicks) / (double)Stopwatch.Frequency:F2} s + write the terms table {oursWriteMs / 1000:F2} s); file {new FileInfo(oursFile).Length / 1e6,6:F1} MB (terms table and field lengths: {OurIndexBytes(oursFile)}); in the compiled knowledge base: {OurIndexBytes(knowledgeBase.File)}"));
        return ids;
    }

    /// <summary>The text of each FTS5 column: what <see cref="DocumentTerms"/> puts in each of our fields.</summary>
    private static void Fields(Article article, KnowledgeRecord knowledge, string[] fields)
    {
        fields[(int)SearchField.Title] = article.Title;
        fields[(int)SearchField.Symptoms] = string.Join('\n', knowledge.Symptoms.Where(s => s.Provenance.Block != "title").Select(s => s.Text));
        fields[(int)SearchField.Errors] = string.Join('\n', knowledge.ErrorMessages.Select(m => string.Join(' ', new[] { m.Text, m.Source, m.EventId is { } id ? $"event {id}" : null }.OfType<string>())));
        fields[(int)SearchField.Conditions] = string.Join('\n', knowledge.Conditions.Select(c => c.Text));
        fields[(int)SearchField.Keywords] = string.Join(' ', article.Keywords.Append(article.AdditionalQueryWords ?? "").Concat(article.Products).Append(article.Area ?? ""));
        fields[(int)SearchField.Cause] = string.Join('\n', knowledge.Cause.Select(s => s.Text));
        var body = new StringBuilder();
        foreach (var section in article.Sections)
        {
            AddSection(section);
        }

        fields[(int)SearchField.Body] = body.ToString();

        void AddSection(Section section)
        {
            foreach (var block in section.Blocks)
            {
                body.Append(block.Text).Append('\n');
            }

            foreach (var sub in section.Subsections)
            {
                AddSection(sub);
            }
        }
    }

    /// <summary>
    /// The FTS5 query for a text: its words less our stop words, each quoted, joined with OR. A dotted
    /// word (<c>msmi.dll</c>) is a phrase to FTS5, which only detail=full supports; without
    /// <paramref name="phrases"/> it is left out (its parts are words of their own).
    /// </summary>
    private static string MatchExpression(string text, TextAnalyzer analyzer, bool phrases) =>
        string.Join(" OR ", TextAnalyzer.Words(text)
            .Select(w => w.ToLowerInvariant())
            .Where(w => !analyzer.Vocabulary.StopWords.Contains(w))
            .Where(w => phrases || w.All(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>The pages the terms table and its field lengths take in a compiled knowledge base (by dbstat when SQLite has it, else the bytes stored).</summary>
    private static string OurIndexBytes(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        try
        {
            command.CommandText = "SELECT SUM(pgsize) FROM dbstat WHERE name = 'terms'";
            return Measure.F($"terms table {Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) / 1e6:F1} MB of pages");
        }
        catch (SqliteException)
        {
            command.CommandText = "SELECT SUM(LENGTH(term) + LENGTH(postings) + 4) FROM terms";
            return Measure.F($"terms table {Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) / 1e6:F1} MB of terms and postings (no dbstat)");
        }
    }

    private static void Latency(TextWriter output, string what, List<List<double>> times, List<List<double>> cpu)
    {
        var all = times.SelectMany(t => t).ToList();
        var allCpu = cpu.SelectMany(t => t).ToList();
        output.WriteLine(Measure.F($"{what,-40} wall median {Measure.Median(all),7:F2} ms  p90 {Measure.Percentile(all, 90),7:F2} ms  max {all.Max(),7:F2} ms │ cpu median {Measure.Median(allCpu),7:F2} ms  p90 {Measure.Percentile(allCpu, 90),7:F2} ms"));
    }

    private static void Relevance(TextWriter output, string what, IReadOnlyList<BenchmarkQuery> queries, List<IReadOnlyList<string>> tops)
    {
        var judged = Enumerable.Range(0, queries.Count).Where(q => !queries[q].Expected.IsEmpty).ToList();
        var reciprocal = 0.0;
        var atOne = 0;
        var atFive = 0;
        var atTen = 0;
        foreach (var q in judged)
        {
            var rank = Rank(queries[q], tops[q]);
            if (rank < 0)
            {
                continue;
            }

            reciprocal += 1.0 / (rank + 1);
            atOne += rank < 1 ? 1 : 0;
            atFive += rank < 5 ? 1 : 0;
            atTen += 1;
        }

        output.WriteLine(Measure.F($"relevance, {what,-26} MRR@10 {reciprocal / judged.Count:F3}  Recall@1 {(double)atOne / judged.Count:F3}  @5 {(double)atFive / judged.Count:F3}  @10 {(double)atTen / judged.Count:F3}  ({judged.Count} judged queries)"));
    }

    /// <summary>The 0-based rank of the first expected article in <paramref name="top"/>, or -1.</summary>
    private static int Rank(BenchmarkQuery query, IReadOnlyList<string> top)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (query.Expected.Contains(top[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
