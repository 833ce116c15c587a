using System.Globalization;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;
using KbEngine.Site.Rendering;

namespace KbEngine.Site.Views;

/// <summary>Turns an article, its knowledge record and its verdicts into the model of its page.</summary>
internal sealed class ArticleView(SiteCatalog catalog, ArchiveIndexes archiveIndexes, Core.Extraction.ProductCatalog products)
{
    /// <summary>The template this view renders with.</summary>
    public const string Template = "article";

    public ArticlePage Build(Article article, KnowledgeRecord knowledge, IReadOnlyList<Finding> findings, string raw)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knowledge);
        var url = SiteUrls.Article(article.Id);
        var root = SiteUrls.RootFrom(url);
        var body = new ArticleBodyWriter(id => id != article.Id && catalog.Has(id) ? root + SiteUrls.Article(id) : null);
        var catalogProducts = knowledge.Applicability.Products
            .Where(p => p.ProductId is not null)
            .GroupBy(p => p.ProductId!, StringComparer.Ordinal)
            .Select(g => new LinkItem(g.First().Product, SiteUrls.Product(g.Key), string.Join(", ", g.Select(p => p.Version).OfType<string>().Distinct(StringComparer.Ordinal))))
            .ToList();
        return new ArticlePage
        {
            Id = article.Id,
            Title = article.Title,
            Area = article.Area is { } area ? new LinkItem(area.ToUpperInvariant(), SiteUrls.Area(area)) : null,
            Products = [.. article.Products.Select(p => new LinkItem(p, archiveIndexes.ForProduct(p) is { } index ? SiteUrls.ArchiveIndex(index.Slug) : null))],
            CatalogProducts = catalogProducts,
            Versions = string.IsNullOrWhiteSpace(article.Versions.Raw) ? null : article.Versions.Raw,
            OperatingSystems = article.OperatingSystems.IsEmpty ? null : string.Join(", ", article.OperatingSystems),
            Keywords = article.Keywords,
            LastModified = article.LastModified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IssueType = article.IssueType is { } type ? new LinkItem(type, SiteUrls.IssueType(type)) : null,
            SolutionType = article.SolutionType,
            AppliesTo = [.. article.AppliesTo.Select(a => a.Text)],
            BodyHtml = body.Write(article),
            Raw = raw,
            Knowledge = Knowledge(knowledge),
            References = [.. knowledge.References.Select(r => new LinkItem(
                catalog.Titles.TryGetValue(r.Id, out var title) ? title : r.Title,
                catalog.Has(r.Id) && r.Id != article.Id ? SiteUrls.Article(r.Id) : null,
                r.Id))],
            CitedBy = catalog.CitedBy.TryGetValue(article.Id, out var citing)
                ? [.. citing.Select(id => new LinkItem(catalog.Titles[id], SiteUrls.Article(id), id))]
                : [],
            TreeUrl = catalog.TreePlaces.GetValueOrDefault(article.Id),
            Findings = [.. findings.Select(f => Finding(f, article.Title))],
            Verdict = BestVerdict(findings),
        };
    }

    /// <summary>The knowledge record as the page shows it.</summary>
    public KnowledgeView Knowledge(KnowledgeRecord knowledge) => new(
        knowledge.Status switch
        {
            ArticleStatus.Confirmed => "confirmed problem",
            ArticleStatus.Fixed => "fixed",
            ArticleStatus.Researching => "being researched",
            ArticleStatus.ByDesign => "by design",
            _ => null,
        },
        [.. knowledge.Symptoms.Select(s => s.Text)],
        [.. knowledge.ErrorMessages.Select(m => new ErrorView(
            m.Text,
            m.EventId is { } id ? $"Event ID {id.ToString(CultureInfo.InvariantCulture)}{(m.Source is null ? "" : ", " + m.Source)}" : null))],
        [.. knowledge.Conditions.Select(c => new ConditionView(c.Text, c.Question, c.IsBound, c.Binding?.Key))],
        [.. knowledge.Cause.Select(s => s.Text)],
        [.. knowledge.FixedIn.Select(f => $"{ProductName(f.ProductId, f.Product)} {f.Level}".TrimEnd())],
        Remedy(knowledge.Resolution),
        Remedy(knowledge.Workaround));

    /// <summary>A verdict as the page shows it.</summary>
    public static FindingView Finding(Finding finding, string title)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var (verdict, text) = VerdictNames(finding.Verdict);
        return new FindingView(
            finding.ArticleId,
            title,
            SiteUrls.Article(finding.ArticleId),
            verdict,
            text,
            finding.Binding.ToString(),
            finding.Reasons,
            [.. finding.Questions.Select(q => new LinkItem(q.Text, null, q.Id))],
            finding.Steps,
            [.. finding.Trace.Select(t => new TraceView(
                t.Id,
                t.Condition,
                t.Holds switch { true => "true", false => "false", null => "unknown" },
                t.Facts,
                $"{t.Provenance.Section ?? t.Provenance.Block}, line {t.Provenance.Span.Line.ToString(CultureInfo.InvariantCulture)}"))]);
    }

    /// <summary>The best verdict of an article over the estate: applies, then open, then ruled out.</summary>
    public static string? BestVerdict(IReadOnlyList<Finding> findings) =>
        findings.Count == 0 ? null
        : findings.Any(f => f.Verdict == Verdict.Applies) ? "applies"
        : findings.Any(f => f.Verdict == Verdict.Open) ? "open"
        : "ruled-out";

    /// <summary>The CSS name and the words of a verdict.</summary>
    public static (string Name, string Text) VerdictNames(Verdict verdict) => verdict switch
    {
        Verdict.Applies => ("applies", "applies"),
        Verdict.Open => ("open", "open"),
        _ => ("ruled-out", "ruled out"),
    };

    private string ProductName(string? productId, string product) =>
        productId is not null && products.Products.FirstOrDefault(p => p.Id == productId) is { } known ? known.Name : product;

    private RemedyView? Remedy(Remedy? remedy) => remedy is null ? null : new RemedyView(
        [.. remedy.Text.Select(s => s.Text)],
        [.. remedy.Steps.Select(s => new StepView(
            s.Number,
            s.Text,
            s.Details,
            s.Loop is { } loop ? $"repeats steps {loop.From.ToString(CultureInfo.InvariantCulture)}–{loop.To.ToString(CultureInfo.InvariantCulture)} for {loop.Over}" : null))],
        remedy.Fix is { } fix ? Fix(fix) : null);

    private string Fix(FixAction fix) => string.Join(' ', new[]
    {
        ProductName(fix.ProductId, fix.Product),
        fix.Version,
        fix.Latest ? "latest service pack" : fix.ServicePack is { } sp ? $"SP{sp.ToString(CultureInfo.InvariantCulture)}" : null,
        fix.Release,
    }.Where(part => !string.IsNullOrEmpty(part)));
}
