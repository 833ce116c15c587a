using KbEngine.Benchmarks;

const string Usage = """
    usage: KbEngine.Benchmarks CONTENT [--sizes 1000,10000,all]
               parse and parse+extract over a folder or archive: end to end (cold, warm), then
               single-threaded stage by stage
           KbEngine.Benchmarks compile ARCHIVE [--out FILE] [--keep]
               compile to a temporary .kbdb: wall time, peak working set, size, articles, tree
               (target < 20 s for the full archive)
           KbEngine.Benchmarks query KBDB [--rounds N] [--queries FILE] [--limit N]
               warm SymptomSearch.Search: median, p90, max per query (target median < 5 ms)
           KbEngine.Benchmarks fts5 KBDB [--rounds N] [--queries FILE] [--limit N]
                                         [--detail full|column|none] [--store-content] [--keep]
               build an FTS5 index of the same fields beside ours; build time, size, warm latency,
               top-10 agreement and relevance, FTS5 bm25() against our BM25F (contentless
               unless --store-content; contentless with detail=column cannot rank: bm25() is 0)

    Queries: tests/KbEngine.Core.Tests/Query/RelevanceSet/queries.json found above the current
    folder (its 'expected' articles give MRR@10 in fts5), or --queries FILE with the same
    {"queries": [{"query": …}]} shape, else a built-in list of 40. Default 10 rounds.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Out.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

var rest = args[1..];
return args[0] switch
{
    "compile" => CompileBenchmark.Run(rest, Console.Out),
    "query" => QueryBenchmark.Run(rest, Console.Out),
    "fts5" => Fts5Benchmark.Run(rest, Console.Out),
    _ => ParseBenchmark.Run(args, Console.Out),
};
