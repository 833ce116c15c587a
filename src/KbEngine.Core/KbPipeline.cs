using KbEngine.Core.Diagnostics;
using KbEngine.Core.Ingest;
using KbEngine.Core.Parsing;

namespace KbEngine.Core;

/// <summary>The configured stages, built once by <see cref="KbPipelineBuilder"/> and shared by every thread.</summary>
public sealed class KbPipeline
{
    internal KbPipeline(ArticleEnvelopeReader envelopes, ArticleParser parser)
    {
        Envelopes = envelopes;
        Parser = parser;
    }

    /// <summary>A pipeline with the default readers.</summary>
    public static KbPipeline Default { get; } = new KbPipelineBuilder().Build();

    /// <summary>The Ingest stage: file bytes to envelope.</summary>
    public ArticleEnvelopeReader Envelopes { get; }

    /// <summary>The Parse stage: envelope to article.</summary>
    public ArticleParser Parser { get; }

    /// <summary>Reads one file through Ingest and Parse; never throws for bad input.</summary>
    public ParseResult Read(SourceDocument document)
    {
        EnvelopeReadResult envelope;
        try
        {
            envelope = Envelopes.Read(document);
            if (envelope.Envelope is null)
            {
                return new ParseResult(document.Path, null, envelope.Diagnostics) { Bytes = document.Content.Length };
            }

            return Parser.Parse(envelope.Envelope, envelope.Diagnostics) with { Bytes = document.Content.Length };
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
