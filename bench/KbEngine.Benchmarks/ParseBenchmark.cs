using System.Diagnostics;
using System.Globalization;
using KbEngine.Core;
using KbEngine.Core.Compilation;
using KbEngine.Core.Ingest;
using KbEngine.Core.Query;

namespace KbEngine.Benchmarks;

/// <summary>
/// Times the Ingest and Parse stages over a content source: reading alone, envelope alone,
/// the full parse single-threaded on documents in memory, and the end-to-end parallel read.
/// </summary>
internal static class ParseBenchmark
{
    private static readonly Markdig.MarkdownPipeline MarkdigEnvelope = ArticleEnvelopeReader.CreateMarkdownPipeline();

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 1)
        {
            output.WriteLine("usage: KbEngine.Benchmarks CONTENT [--sizes 1000,10000,all]");
            return 2;
        }

        var source = ContentSources.Open(args[0]);
        var pipeline = KbPipeline.Default;

        var clock = Stopwatch.StartNew();
        // End to end first, as kb stats runs it: the first pass pays for the JIT like a fresh process does.
        var bytes = 0L;
        foreach (var (pass, extract) in new[] { ("cold", false), ("warm", false), ("parse + extract", true) })
        {
            var gcBefore = GC.CollectionCount(0);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var count = 0;
            bytes = 0;
            foreach (var result in CorpusReader.ReadAll(source, pipeline, extract))
            {
                count += result.Succeeded ? 1 : 0;
                bytes += result.Bytes;
            }

            Report(output, $"end to end, {pass} ({(extract ? "read, parse, extract" : "read, parse")}; all cores)", count, bytes, clock.Elapsed,
                $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9:F2} GB, gen0 GCs {GC.CollectionCount(0) - gcBefore}, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        }

        clock.Restart();
        var documents = source.ReadDocuments().ToList();
        var read = clock.Elapsed;
        Report(output, "read (source only, into memory)", documents.Count, bytes, read);

        // Warm up the JIT on the whole input once, so the timings below are steady-state code (and
        // the analyzer has met the archive's words, as it has a few thousand articles into a compile).
        foreach (var document in documents)
        {
            if (pipeline.Read(document, extract: true) is { Article: { } article } result)
            {
                DocumentTerms.Of(article, result.Knowledge, TextAnalyzer.Default);
            }
        }

        foreach (var size in Sizes(args, documents.Count))
        {
            var slice = documents.Take(size).ToList();
            var sliceBytes = slice.Sum(d => (long)d.Content.Length);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var envelopes = new List<EnvelopeReadResult>(slice.Count);
            foreach (var document in slice)
            {
                envelopes.Add(pipeline.Envelopes.Read(document));
            }

            Report(output, $"envelope, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var failed = 0;
            foreach (var envelope in envelopes)
            {
                failed += envelope.Envelope is { } e && pipeline.Parser.Parse(e).Succeeded ? 0 : 1;
            }

            Report(output, $"grammar parse, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"{failed} failed, allocated {Allocated(ref allocated)}");
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            foreach (var document in slice)
            {
                pipeline.Read(document);
            }

            Report(output, $"envelope+parse, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");

            var articles = envelopes.Select(e => e.Envelope is { } env ? pipeline.Parser.Parse(env).Article : null).OfType<KbEngine.Core.Model.Article>().ToList();
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var extracted = articles.ConvertAll(article => (Article: article, Knowledge: pipeline.Extractor.Extract(article)));
            Report(output, $"extract, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");

            // The compile's other steps per article: its search terms, their postings, and the raw text deflated.
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var terms = extracted.ConvertAll(e => DocumentTerms.Of(e.Article, e.Knowledge, TextAnalyzer.Default));
            Report(output, $"index terms, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");
            clock.Restart();
            var index = new SearchIndexWriter();
            foreach (var document in terms)
            {
                index.Add(document);
            }

            Report(output, $"index postings, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");
            clock.Restart();
            foreach (var document in slice)
            {
                KnowledgeBaseCompiler.Deflate(document.Content.Span);
            }

            Report(output, $"deflate raw text, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");

            // The share of the envelope that is Markdig's: decoding plus Markdig alone.
            allocated = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            foreach (var document in slice)
            {
                Markdig.Markdown.Parse(System.Text.Encoding.UTF8.GetString(document.Content.Span), MarkdigEnvelope);
            }

            Report(output, $"decode+markdig only, 1 thread, n={size}", size, sliceBytes, clock.Elapsed, $"allocated {Allocated(ref allocated)}");
        }

        return 0;
    }

    private static string Allocated(ref long since)
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        var text = string.Create(CultureInfo.InvariantCulture, $"{(now - since) / 1e9:F2} GB");
        since = now;
        return text;
    }

    private static IEnumerable<int> Sizes(string[] args, int all)
    {
        var spec = args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault() ?? "1000,10000,all";
        return spec.Split(',').Select(s => s == "all" ? all : Math.Min(all, int.Parse(s, CultureInfo.InvariantCulture)));
    }

    private static void Report(TextWriter output, string what, int articles, long bytes, TimeSpan elapsed, string? extra = null) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-40} {articles,7:N0} articles {bytes / 1e6,8:F1} MB {elapsed.TotalSeconds,8:F3} s {bytes / 1e6 / elapsed.TotalSeconds,8:F1} MB/s {extra}"));
}
