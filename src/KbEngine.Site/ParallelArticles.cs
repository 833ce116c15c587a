using System.Collections.Concurrent;
using KbEngine.Core.Compilation;

namespace KbEngine.Site;

/// <summary>
/// Runs work over every article in parallel, each worker with its own connection to the knowledge
/// base, so that reading and decoding articles is spread over the cores like the rendering.
/// </summary>
/// <remarks><see cref="KnowledgeBase"/> is one connection and not thread-safe; SQLite serves many read-only connections at once.</remarks>
internal static class ParallelArticles
{
    /// <summary>Calls <paramref name="body"/> for each summary, with the worker's own knowledge base and state.</summary>
    public static void Run<TState>(
        string file,
        IReadOnlyList<ArticleSummary> summaries,
        int parallelism,
        Func<TState> createState,
        Action<KnowledgeBase, ArticleSummary, TState> body,
        Action<TState> finish,
        CancellationToken cancellationToken)
    {
        if (summaries.Count == 0)
        {
            return; // an incremental build with nothing to render; Partitioner wants a range
        }

        // Chunks of 64 keep the workers busy to the end without a lock per article. Parallel.ForEach
        // starts a new task for the loop every so often, each with its own state: the connections are
        // kept in a pool, so a task reuses one that an earlier task let go instead of opening the file
        // (and reading its meta) again; there were about a hundred opens in a build of the archive.
        var ranges = Partitioner.Create(0, summaries.Count, 64);
        var connections = new ConcurrentBag<KnowledgeBase>();
        try
        {
            Parallel.ForEach(
                ranges,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
                () =>
                {
                    var state = createState();
                    return (connections.TryTake(out var kept) ? kept : KnowledgeBase.Open(file), state);
                },
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        body(local.Item1, summaries[i], local.Item2);
                    }

                    return local;
                },
                local =>
                {
                    connections.Add(local.Item1);
                    finish(local.Item2);
                });
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }
}
