using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Site.Views;

namespace KbEngine.Site;

/// <summary>Writes the diagnosis page of the estate: the verdicts, per element and per article, with the trace behind each.</summary>
internal sealed class DiagnosisPage(PageWriter writer)
{
    public const string Template = "diagnosis";

    public void Write(SiteEstate estate, IReadOnlyList<(ArticleSummary Summary, Finding Finding)> findings)
    {
        var views = findings.Select(f => (f.Finding, View: ArticleView.Finding(f.Finding, f.Summary.Title))).ToList();
        var elements = estate.Topology.Nodes.Select(node =>
        {
            var mine = views.Where(f => f.Finding.Binding.Values.Values.Contains(node.Id, StringComparer.Ordinal)).ToList();
            LinkItem Item(FindingView f) => new(f.Title, f.Url, f.ArticleId);
            return new ElementView(
                node.Id,
                node.Type,
                [.. mine.Where(f => f.Finding.Verdict == Verdict.Applies).Select(f => Item(f.View)).DistinctBy(i => i.Note)],
                [.. mine.Where(f => f.Finding.Verdict == Verdict.Open).Select(f => Item(f.View)).DistinctBy(i => i.Note)],
                mine.Count(f => f.Finding.Verdict == Verdict.RuledOut));
        }).ToList();
        var page = new DiagnosisView(
            estate.Topology.Name ?? "Your estate",
            estate.Topology.Nodes.Length,
            estate.Topology.Links.Length,
            elements,
            [.. views.Where(f => f.Finding.Verdict == Verdict.Applies).Select(f => f.View)],
            [.. views.Where(f => f.Finding.Verdict == Verdict.Open).OrderBy(f => f.Finding.Questions.Length).Select(f => f.View)],
            [.. views.Where(f => f.Finding.Verdict == Verdict.RuledOut).Select(f => f.View)]);
        writer.WritePage(SiteUrls.Diagnosis, Template, page, $"Diagnosis: {page.Estate}");
    }
}
