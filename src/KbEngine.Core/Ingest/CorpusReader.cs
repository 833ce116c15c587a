using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using KbEngine.Core.Parsing;

namespace KbEngine.Core.Ingest;

/// <summary>Reads every article of a content source through a pipeline, on all cores, in source order.</summary>
/// <remarks>
/// One thread reads the source (file I/O or gzip, which cannot be split) and hands batches to the
/// thread pool; results come back batch by batch in source order. The queue is bounded, so memory
/// stays flat however large the source is.
/// </remarks>
public static class CorpusReader
{
    private const int BatchSize = 32;

    /// <summary>
    /// Reads and parses every document of <paramref name="source"/>. A bad file yields a failed
    /// result and the batch goes on; an unreadable source (a corrupt archive) throws once the
    /// results read before the damage have been returned.
    /// </summary>
    public static IEnumerable<ParseResult> ReadAll(
        IContentSource source, KbPipeline pipeline, CancellationToken cancellationToken = default) =>
        ReadAll(source, pipeline, extract: false, cancellationToken);

    /// <summary>
    /// Reads, parses and (when <paramref name="extract"/> is set) extracts every document of
    /// <paramref name="source"/>, in source order, on all cores.
    /// </summary>
    public static IEnumerable<ParseResult> ReadAll(
        IContentSource source, KbPipeline pipeline, bool extract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return ReadAll(source, document => pipeline.Read(document, extract), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every document of <paramref name="source"/>, on all cores,
    /// and yields the results in source order. Callers put everything that can run in parallel
    /// (parsing, extraction, encoding) into <paramref name="work"/>.
    /// </summary>
    public static IEnumerable<T> ReadAll<T>(
        IContentSource source, Func<SourceDocument, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(work);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<Task<T[]>>(boundedCapacity: 2 * Environment.ProcessorCount);
        ExceptionDispatchInfo? readFailure = null;
        var reader = new Thread(() =>
        {
            var batch = new List<SourceDocument>(BatchSize);
            try
            {
                foreach (var document in source.ReadDocuments(stop.Token))
                {
                    batch.Add(document);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add(Run(batch, work), stop.Token);
                        batch = new List<SourceDocument>(BatchSize);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early or was cancelled: nothing more is wanted.
            }
#pragma warning disable CA1031 // Handed to the consuming thread, which rethrows it.
            catch (Exception e)
#pragma warning restore CA1031
            {
                readFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                // What was read before a failure is still parsed and delivered.
                if (batch.Count > 0 && !stop.IsCancellationRequested)
                {
                    batches.Add(Run(batch, work), CancellationToken.None);
                }

                batches.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "kb content reader",
        };
        reader.Start();

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var result in batch.Result)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            // Also when the consumer stops early: the reader must be done before the queue goes away.
            stop.Cancel();
            reader.Join();
        }

        readFailure?.Throw();
    }

    private static Task<T[]> Run<T>(List<SourceDocument> batch, Func<SourceDocument, T> work) =>
        Task.Run(() => batch.ConvertAll(document => work(document)).ToArray());
}
