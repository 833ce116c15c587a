using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;

namespace KbEngine.Core.Ingest;

/// <summary>The outcome of reading one file's envelope: the envelope, or the reasons there is none.</summary>
/// <param name="Envelope">The envelope, or null when the file could not be read as an article.</param>
/// <param name="Diagnostics">Problems found, errors and warnings.</param>
public sealed record EnvelopeReadResult(ArticleEnvelope? Envelope, ImmutableArray<Diagnostic> Diagnostics);
