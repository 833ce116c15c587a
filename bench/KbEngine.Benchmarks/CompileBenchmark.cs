using System.Diagnostics;
using KbEngine.Core.Compilation;
using Microsoft.Data.Sqlite;

namespace KbEngine.Benchmarks;

/// <summary>
/// <c>compile CONTENT</c>: compiles the content into a temporary knowledge base as <c>kb compile</c>
/// does, in this fresh process (so the JIT is paid as a user pays it), and reports the wall time,
/// peak working set, output size, articles and the decision tree. Issue 5's target: the full
/// archive in under 20 s.
/// </summary>
internal static class CompileBenchmark
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Count < 1)
        {
            output.WriteLine("usage: KbEngine.Benchmarks compile CONTENT [--out FILE] [--keep] [--no-breakdown]");
            return 2;
        }

        var content = args[0];
        output.WriteLine(Measure.F($"before: {Measure.Load()}"));
        var target = Measure.Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), $"kbbench-{Guid.NewGuid():N}{KnowledgeBaseFormat.Extension}");
        var keep = args.Contains("--keep") || Measure.Option(args, "--out") is not null;
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        try
        {
            var report = KnowledgeBaseCompiler.Default.Compile(content, target);
            var wall = clock.Elapsed;
            var tree = report.Tree;
            output.WriteLine(Measure.F($"compile {Path.GetFullPath(content)} -> {report.OutputFile}"));
            output.WriteLine(Measure.F($"  wall time            {wall.TotalSeconds,8:F2} s   (compiler's own figure {report.Elapsed.TotalSeconds:F2} s; target < 20 s: {(wall.TotalSeconds < 20 ? "met" : "MISSED")})"));
            output.WriteLine(Measure.F($"  cpu time             {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,8:F2} s   on {Environment.ProcessorCount} cores"));
            output.WriteLine(Measure.F($"  after                {Measure.Load()}"));
            output.WriteLine(Measure.F($"  peak working set     {Measure.PeakWorkingSetMegabytes(),8:F0} MB"));
            output.WriteLine(Measure.F($"  allocated            {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e9,8:F2} GB   gen0 GCs {GC.CollectionCount(0) - gen0}, gen2 GCs {GC.CollectionCount(2) - gen2}"));
            output.WriteLine(Measure.F($"  content read         {report.ContentBytes / 1e6,8:F1} MB   ({report.ContentBytes / 1e6 / wall.TotalSeconds:F1} MB/s)"));
            output.WriteLine(Measure.F($"  output size          {report.OutputBytes / 1e6,8:F1} MB"));
            output.WriteLine(Measure.F($"  articles             {report.Articles,8:N0}   failures {report.Failures.Length:N0}"));
            output.WriteLine(Measure.F($"  tree                 {tree.Leaves,8:N0} leaves, {tree.Nodes:N0} nodes; questions root to leaf: average {tree.AverageQuestions:F2}, worst {tree.WorstQuestions}, lower bound log2(leaves) {tree.LowerBound:F2}"));
            output.WriteLine("  steps:");
            foreach (var phase in report.Phases)
            {
                output.WriteLine(Measure.F($"    {phase.Elapsed.TotalSeconds,6:F2} s  {phase.What}"));
            }

            foreach (var failure in report.Failures.Take(5))
            {
                output.WriteLine(Measure.F($"  failed: {failure.Path}({failure.Line},{failure.Column}): {failure.Message}"));
            }

            if (report.Failures.Length > 5)
            {
                output.WriteLine(Measure.F($"  … and {report.Failures.Length - 5} more failures"));
            }

            if (!args.Contains("--no-breakdown"))
            {
                Breakdown(report.OutputFile, output);
            }

            if (keep)
            {
                output.WriteLine(Measure.F($"  kept {report.OutputFile}"));
            }

            return 0;
        }
        finally
        {
            if (!keep)
            {
                File.Delete(target);
            }
        }
    }

    /// <summary>After the timed compile: what the file's size is made of.</summary>
    private static void Breakdown(string file, TextWriter output)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'articles.raw (deflated source)', SUM(LENGTH(raw)) FROM articles
            UNION ALL SELECT 'articles.article (parsed model)', SUM(LENGTH(article)) FROM articles
            UNION ALL SELECT 'articles.knowledge (record)', SUM(LENGTH(knowledge)) FROM articles
            UNION ALL SELECT 'articles.leaf (tree leaf)', SUM(LENGTH(leaf)) FROM articles
            UNION ALL SELECT 'articles, other columns', SUM(LENGTH(id) + LENGTH(title) + LENGTH(products) + IFNULL(LENGTH(cause), 0) + IFNULL(LENGTH(errors), 0)) FROM articles
            UNION ALL SELECT 'terms (search index postings)', SUM(LENGTH(term) + LENGTH(postings)) FROM terms
            UNION ALL SELECT 'tree (node rows)', SUM(LENGTH(node) + IFNULL(LENGTH(parent), 0) + LENGTH(label) + IFNULL(LENGTH(question), 0) + IFNULL(LENGTH(question_key), 0) + LENGTH(children)) FROM tree
            UNION ALL SELECT 'failures', IFNULL(SUM(LENGTH(raw)), 0) FROM failures
            """;
        using var reader = command.ExecuteReader();
        output.WriteLine("  what the size is made of (bytes stored, before page overhead):");
        while (reader.Read())
        {
            output.WriteLine(Measure.F($"    {reader.GetString(0),-34} {reader.GetInt64(1) / 1e6,8:F1} MB"));
        }
    }
}
