using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>The outcome of reading one article file: the article, or the errors that stopped it, and any warnings.</summary>
/// <param name="Path">The file read.</param>
/// <param name="Article">The article, or null when the file failed.</param>
/// <param name="Diagnostics">Errors and warnings, each with file, line and what was expected.</param>
public sealed record ParseResult(string Path, Article? Article, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Whether the file was read into an article.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>The size of the file read, in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>The article's knowledge record, when the read asked for extraction and the article parsed.</summary>
    public Knowledge.KnowledgeRecord? Knowledge { get; init; }
}
