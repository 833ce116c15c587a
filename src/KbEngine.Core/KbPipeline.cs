using KbEngine.Core.Diagnostics;
using KbEngine.Core.Extraction;
using KbEngine.Core.Ingest;
using KbEngine.Core.Parsing;

namespace KbEngine.Core;

/// <summary>The configured stages, built once by <see cref="KbPipelineBuilder"/> and shared by every thread.</summary>
public sealed class KbPipeline
{
    internal KbPipeline(ArticleEnvelopeReader envelopes, ArticleParser parser, KnowledgeExtractor extractor)
    {
        Envelopes = envelopes;
        Parser = parser;
        Extractor = extractor;
    }

    /// <summary>A pipeline with the default readers.</summary>
    public static KbPipeline Default { get; } = new KbPipelineBuilder().Build();

    /// <summary>The Ingest stage: file bytes to envelope.</summary>
    public ArticleEnvelopeReader Envelopes { get; }

    /// <summary>The Parse stage: envelope to article.</summary>
    public ArticleParser Parser { get; }

    /// <summary>The Extract stage: article to knowledge record.</summary>
    public KnowledgeExtractor Extractor { get; }

    /// <summary>Reads one file through Ingest and Parse, and Extract when <paramref name="extract"/> is set; never throws for bad input.</summary>
    /// <param name="document">The file.</param>
    /// <param name="extract">Whether to extract the knowledge record of the article.</param>
    /// <param name="knownIds">The ids of the content's articles, to tell which references exist; null when unknown.</param>
    public ParseResult Read(SourceDocument document, bool extract = false, IReadOnlySet<string>? knownIds = null)
    {
        EnvelopeReadResult envelope;
        try
        {
            envelope = Envelopes.Read(document);
            if (envelope.Envelope is null)
            {
                return new ParseResult(document.Path, null, envelope.Diagnostics) { Bytes = document.Content.Length };
            }

            var result = Parser.Parse(envelope.Envelope, envelope.Diagnostics) with { Bytes = document.Content.Length };
            return extract && result.Article is { } article
                ? result with { Knowledge = Extractor.Extract(article, knownIds) }
                : result;
        }
#pragma warning disable CA1031 // One article's unforeseen failure is reported and must not stop the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ParseResult(document.Path, null,
                [new Diagnostic(document.Path, 0, 0, DiagnosticSeverity.Error, $"internal error while reading the article ({e.GetType().Name}: {e.Message}); please report it with this file")])
            {
                Bytes = document.Content.Length,
            };
        }
    }
}
