using System.Collections.Immutable;
using KbEngine.Core.Diagnostics;
using KbEngine.Core.Ingest;
using KbEngine.Core.Model;

namespace KbEngine.Core.Parsing;

/// <summary>Reads the KB text grammar of an article envelope into an <see cref="Article"/>.</summary>
/// <remarks>
/// The text is read in layers, outside in: header, applies-to box and trailer first (their
/// shapes are fixed), then sections at their headings, then blocks inside each section. A
/// parser is immutable and may be shared by threads.
/// </remarks>
public sealed class ArticleParser
{
    private readonly SectionReader _sections;

    /// <summary>Creates a parser that reads section bodies with <paramref name="blocks"/>.</summary>
    public ArticleParser(BlockParser blocks) => _sections = new SectionReader(blocks);

    /// <summary>Parses the article in <paramref name="envelope"/>.</summary>
    public ParseResult Parse(ArticleEnvelope envelope, ImmutableArray<Diagnostic> envelopeDiagnostics = default)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (!envelopeDiagnostics.IsDefault)
        {
            diagnostics.AddRange(envelopeDiagnostics);
        }

        var path = envelope.Path;
        var title = TitleReader.Read(envelope.Title);
        var firstLine = envelope.Lines[0].Number;

        var headerBody = new ArticleBody(title.Id ?? string.Empty, envelope);
        var header = HeaderReader.Read(headerBody);
        var missing = HeaderReader.Missing(header).ToList();
        if (missing.Count > 0)
        {
            var at = header.End < headerBody.Count ? envelope.Lines[header.End].Number : envelope.Lines[^1].Number;
            diagnostics.Add(new Diagnostic(path, at, 2, DiagnosticSeverity.Error,
                $"the header ends without {string.Join(", ", missing.Select(field => $"'{field}:'"))}: expected the fields {string.Join(", ", HeaderReader.RequiredFields)}"));
            return new ParseResult(path, null, diagnostics.ToImmutable());
        }

        var headerId = header.Get("Article");
        var id = title.Id ?? headerId;
        if (title.Id is not null && !string.Equals(title.Id, headerId, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(new Diagnostic(path, envelope.Lines[header.First].Number, 2, DiagnosticSeverity.Warning,
                $"the header says 'Article: {headerId}' but the title says {title.Id}: the title's id is used"));
        }

        var body = title.Id is null ? new ArticleBody(id, envelope) : headerBody;
        var lastModified = HeaderReader.ParseDate(header.Get("Last Modified"));
        if (lastModified is null)
        {
            diagnostics.Add(new Diagnostic(path, firstLine, 2, DiagnosticSeverity.Warning,
                $"'Last Modified: {header.Get("Last Modified")}' is not a date: expected dd-MMM-yyyy"));
        }

        var appliesTo = AppliesToReader.Read(body, header.End, body.Count);
        var contentStart = appliesTo?.End ?? header.End;
        var trailer = TrailerReader.Read(body, contentStart);
        var contentEnd = trailer?.First ?? body.Count;

        // Text between the header and a box that does not follow it directly is kept as a section of its own.
        var preamble = appliesTo is { } found && found.First > header.End
            ? _sections.Read(body, header.End, found.First)
            : [];

        var trailerKeywords = trailer?.Get("Keywords");
        var article = new Article
        {
            Id = id,
            Title = title.Title,
            Area = title.Area,
            Products = HeaderValues.Products(header.Get("Product(s)")),
            Versions = HeaderValues.Versions(header.Get("Version(s)")),
            OperatingSystems = HeaderValues.OperatingSystems(header.Get("Operating System(s)")),
            Keywords = HeaderValues.Words(trailerKeywords ?? header.Get("Keyword(s)")),
            LastModified = lastModified,
            AppliesTo = appliesTo?.Entries ?? [],
            Sections = preamble.AddRange(_sections.Read(body, contentStart, contentEnd)),
            References = ReferenceReader.Read(body, header.End, contentEnd),
            AdditionalQueryWords = trailer?.AdditionalQueryWords,
            Technology = trailer?.Get("Technology") is { } technology ? HeaderValues.Words(technology) : [],
            IssueType = trailer?.Get("Issue type"),
            SolutionType = trailer?.Get("Solution Type"),
            Source = path,
            Permalink = envelope.Permalink,
            HeaderSpan = body.Span(header.First, header.End - 1),
            AppliesToSpan = appliesTo is { } box ? body.Span(box.First, box.End - 1) : null,
            TrailerSpan = trailer is { } t ? body.Span(t.First, t.End - 1) : null,
        };
        return new ParseResult(path, article, diagnostics.ToImmutable());
    }
}
