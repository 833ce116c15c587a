using System.Collections.Concurrent;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Ingest;

namespace KbEngine.Core.Tests.Archive;

/// <summary>One pass over the full archive, shared by the tests that judge it.</summary>
public sealed class ArchiveParseRun
{
    public ArchiveParseRun()
    {
        if (!SharedCorpus.Exists)
        {
            return;
        }

        var pipeline = KbPipeline.Default;
        var failures = new ConcurrentBag<Diagnostic>();
        var roundTrip = new ConcurrentBag<string>();
        var ids = new ConcurrentBag<string>();
        var extraction = new ConcurrentBag<string>();
        var source = new TarGzContentSource(SharedCorpus.ArchivePath!);
        source.ReadDocuments().AsParallel().ForAll(document =>
        {
            var envelope = pipeline.Envelopes.Read(document);
            if (envelope.Envelope is null)
            {
                foreach (var diagnostic in envelope.Diagnostics)
                {
                    failures.Add(diagnostic);
                }

                return;
            }

            var result = pipeline.Parser.Parse(envelope.Envelope, envelope.Diagnostics);
            if (result.Article is not { } article)
            {
                foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    failures.Add(diagnostic);
                }

                return;
            }

            ids.Add(article.Id);
            try
            {
                var knowledge = pipeline.Extractor.Extract(article);
                Interlocked.Add(ref _conditions, knowledge.Conditions.Length);
            }
#pragma warning disable CA1031 // Any exception is the finding: it is reported with the article.
            catch (Exception e)
#pragma warning restore CA1031
            {
                extraction.Add($"{article.Id}: {e.GetType().Name}: {e.Message}");
            }

            foreach (var problem in BodyRoundTrip.Problems(envelope.Envelope, article).Take(3))
            {
                roundTrip.Add($"{article.Id}: {problem}");
            }
        });

        Parsed = ids.Count;
        Failures = [.. failures];
        RoundTripProblems = [.. roundTrip.Order(StringComparer.Ordinal)];
        Ids = [.. ids];
        ExtractionFailures = [.. extraction];
        Conditions = _conditions;
    }

    private int _conditions;

    public IReadOnlyList<string> ExtractionFailures { get; } = [];

    public int Conditions { get; }

    public int Parsed { get; }

    public IReadOnlyList<Diagnostic> Failures { get; } = [];

    public IReadOnlyList<string> RoundTripProblems { get; } = [];

    public IReadOnlyCollection<string> Ids { get; } = [];
}
