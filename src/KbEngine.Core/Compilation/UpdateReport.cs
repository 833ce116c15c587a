namespace KbEngine.Core.Compilation;

/// <summary>What an update in place of a compiled knowledge base did (see <see cref="KnowledgeBaseCompiler.Update"/>).</summary>
/// <param name="Updated">Whether the file now matches the content; false when only a full compile can make it so.</param>
/// <param name="Changed">The ids of the articles compiled again, in content order.</param>
/// <param name="Reason">Why a full compile is needed, when <paramref name="Updated"/> is false.</param>
/// <param name="Generation">The file's generation after the update.</param>
/// <param name="Elapsed">The time it took.</param>
public sealed record UpdateReport(bool Updated, IReadOnlyList<string> Changed, string? Reason, long Generation, TimeSpan Elapsed)
{
    /// <summary>A report that the update could not be done, and why.</summary>
    public static UpdateReport NeedsFullCompile(string reason, TimeSpan elapsed) => new(false, [], reason, -1, elapsed);
}
