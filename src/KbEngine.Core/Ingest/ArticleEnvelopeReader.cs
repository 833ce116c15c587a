using System.Collections.Immutable;
using System.Text;
using KbEngine.Core.Diagnostics;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KbEngine.Core.Ingest;

/// <summary>
/// Reads the Markdown envelope of an article file with Markdig: YAML front matter, the page
/// heading, the optional <c>{% raw %}</c> wrapper and the tab-indented KB text inside it.
/// </summary>
/// <remarks>
/// Only the envelope is Markdown; the KB text inside is a grammar of its own, read by the
/// article parser. The Markdig pipeline therefore knows only the block kinds an envelope has,
/// which also keeps anything inside the text from being taken for Markdown.
/// </remarks>
public sealed class ArticleEnvelopeReader
{
    private const string RawOpen = "{% raw %}";
    private const string RawClose = "{% endraw %}";

    private readonly MarkdownPipeline _pipeline;
    private readonly int _maxArticleBytes;

    /// <summary>Creates a reader that refuses files larger than <paramref name="maxArticleBytes"/>.</summary>
    public ArticleEnvelopeReader(int maxArticleBytes = DefaultMaxArticleBytes)
    {
        _pipeline = CreateMarkdownPipeline();
        _maxArticleBytes = maxArticleBytes;
    }

    /// <summary>The Markdig pipeline for article envelopes: front matter, headings, paragraphs, indented blocks, no inlines.</summary>
    public static MarkdownPipeline CreateMarkdownPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(parser => parser is not (
            ThematicBreakParser or HeadingBlockParser or ParagraphBlockParser or IndentedCodeBlockParser));
        builder.InlineParsers.Clear();
        return builder.UseYamlFrontMatter().Build();
    }

    /// <summary>The default size limit: twenty times the largest article of the archive (178 KB).</summary>
    public const int DefaultMaxArticleBytes = 4 * 1024 * 1024;

    /// <summary>Reads the envelope of <paramref name="document"/>.</summary>
    public EnvelopeReadResult Read(SourceDocument document)
    {
        var path = document.Path;
        var bytes = document.Content.Span;
        if (bytes.Length == 0)
        {
            return Fail(path, 1, "the file is empty: expected YAML front matter ('---') on line 1");
        }

        if (bytes.Length > _maxArticleBytes)
        {
            return Fail(path, 1, $"the file is {bytes.Length:N0} bytes: expected an article of at most {_maxArticleBytes:N0} bytes");
        }

        if (TextDecoding.FindBinary(bytes) is { } bad)
        {
            return Fail(path, bad.Line, $"binary content (byte 0x{bad.Value:X2} at offset {bad.Offset}): expected UTF-8 text");
        }

        var text = Encoding.UTF8.GetString(bytes);
        var document_ = Markdown.Parse(text, _pipeline);
        if (document_.Count == 0 || document_[0] is not YamlFrontMatterBlock frontMatter)
        {
            return Fail(path, 1, "no front matter: expected '---' on line 1, then 'title:' and 'permalink:', then '---'");
        }

        var front = FrontMatterReader.Read(path, frontMatter);
        if (front.Error is { } frontError)
        {
            return new EnvelopeReadResult(null, [frontError]);
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var body = ReadBody(path, text, document_, diagnostics);
        if (body is null)
        {
            return new EnvelopeReadResult(null, diagnostics.ToImmutable());
        }

        var envelope = new ArticleEnvelope(path, text, front.Title!, front.Permalink, body.Value);
        return new EnvelopeReadResult(envelope, diagnostics.ToImmutable());
    }

    private static ImmutableArray<BodyLine>? ReadBody(
        string path, string text, MarkdownDocument document, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        // The body starts after the page heading, or after {% raw %} when the article has the wrapper.
        var first = 1;
        while (first < document.Count && document[first] is HeadingBlock)
        {
            first++;
        }

        var last = document.Count;
        if (first < document.Count && IsMarker(text, document[first], RawOpen))
        {
            var open = document[first];
            first++;
            last = first;
            while (last < document.Count && !IsMarker(text, document[last], RawClose))
            {
                last++;
            }

            if (last == document.Count)
            {
                diagnostics.Add(Error(path, open.Line + 1, $"'{RawOpen}' is never closed: expected '{RawClose}' after the article text"));
                return null;
            }
        }

        var lines = ImmutableArray.CreateBuilder<BodyLine>(CountLines(document, first, last));
        for (var i = first; i < last; i++)
        {
            var block = document[i];
            if (block is CodeBlock code)
            {
                AddCodeLines(code, lines);
            }
            else
            {
                // Not indented: still part of the article, so keep every line of it rather than drop it.
                diagnostics.Add(new Diagnostic(path, block.Line + 1, block.Column + 1, DiagnosticSeverity.Warning,
                    "expected the article text to be indented by a tab; read as written"));
                AddSourceLines(text, block, lines);
            }
        }

        if (lines.Count == 0)
        {
            diagnostics.Add(Error(path, document[^1].Line + 1, "no article text: expected the tab-indented KB article after the heading"));
            return null;
        }

        return lines.Count == lines.Capacity ? lines.MoveToImmutable() : lines.ToImmutable();
    }

    private static int CountLines(MarkdownDocument document, int first, int last)
    {
        var count = 0;
        for (var i = first; i < last; i++)
        {
            count += document[i] is CodeBlock code ? code.Lines.Count : 0;
        }

        return count;
    }

    private static void AddCodeLines(CodeBlock code, ImmutableArray<BodyLine>.Builder lines)
    {
        var group = code.Lines;
        for (var i = 0; i < group.Count; i++)
        {
            var line = group.Lines[i];
            // Markdig slices are inclusive at the end; an empty line has End = Start - 1.
            var start = line.Slice.Start;
            var end = Math.Max(start, line.Slice.End + 1);
            lines.Add(new BodyLine(line.Line + 1, line.Position, start, end));
        }
    }

    private static void AddSourceLines(string text, Block block, ImmutableArray<BodyLine>.Builder lines)
    {
        var number = block.Line + 1;
        var start = block.Span.Start;
        var stop = Math.Min(block.Span.End + 1, text.Length);
        while (start < stop)
        {
            var newline = text.IndexOf('\n', start, stop - start);
            var end = newline < 0 ? stop : newline;
            lines.Add(new BodyLine(number++, start, start, end));
            start = end + 1;
        }
    }

    private static bool IsMarker(string text, Block block, string marker) =>
        block is ParagraphBlock
        && text.AsSpan(block.Span.Start, Math.Min(block.Span.Length, text.Length - block.Span.Start)).Trim().SequenceEqual(marker);

    private static EnvelopeReadResult Fail(string path, int line, string message) =>
        new(null, [Error(path, line, message)]);

    private static Diagnostic Error(string path, int line, string message) =>
        new(path, line, line > 0 ? 1 : 0, DiagnosticSeverity.Error, message);
}
