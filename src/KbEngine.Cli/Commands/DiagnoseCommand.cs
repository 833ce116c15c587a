using System.CommandLine;
using KbEngine.Cli.Output;
using KbEngine.Core.Evaluation;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb diagnose --topology FILE [--json]</c>: which known issues apply to the estate, for which elements, and why.</summary>
internal sealed class DiagnoseCommand : Command
{
    private readonly TopologyOptions _topology = new(required: true);
    private readonly Option<bool> _json = new("--json") { Description = "Print the findings as JSON: {\"findings\": [{articleId, binding, verdict, reasons, questions, trace}]}." };
    private readonly ContentOption _content;

    public DiagnoseCommand(ContentOption content)
        : base("diagnose", "Evaluate every article of the content against a topology: what applies, to which elements and why; what is open, and the questions that would decide it; how many are ruled out.")
    {
        _content = content;
        _topology.AddTo(this);
        Add(_json);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (!_topology.TryRead(parse, "diagnose", out var estate) || estate is null)
        {
            return KbCli.UsageError;
        }

        if (!_content.TryOpenKnowledgeBase(parse, "diagnose", out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        var topology = estate.Topology;
        List<(Finding Finding, string Title)> findings;
        using (knowledgeBase)
        {
            // Only records with a bound condition or a fix level can yield a finding; the file marks them.
            var found = knowledgeBase.EvaluableRecords().SelectMany(record => estate.Evaluator.Evaluate(record, topology, estate.Answers)).ToList();
            var titles = found.Select(f => f.ArticleId).Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, id => knowledgeBase.Summary(id)?.Title ?? id, StringComparer.Ordinal);
            findings = [.. found.Select(f => (f, titles[f.ArticleId]))];
        }

        if (parse.GetValue(_json))
        {
            KbJson.Write(output, new { topology = topology.Name, findings = findings.Select(f => f.Finding) });
            return KbCli.Success;
        }

        output.WriteLine($"Estate: {topology.Name} ({topology.Nodes.Length} nodes, {topology.Links.Length} links)");
        foreach (var (verdict, heading) in new[] { (Verdict.Applies, "APPLIES"), (Verdict.Open, "OPEN (answer the questions to decide)") })
        {
            var group = findings.Where(f => f.Finding.Verdict == verdict).OrderBy(f => f.Finding.Questions.Length).ToList();
            output.WriteLine();
            output.WriteLine($"{heading}: {group.Count}");
            foreach (var (finding, title) in group)
            {
                output.WriteLine($"  {finding.ArticleId} {title}");
                output.WriteLine($"    for {finding.Binding}");
                foreach (var question in finding.Questions)
                {
                    output.WriteLine($"    ? [{question.Id}] {question.Text}");
                }

                foreach (var step in finding.Steps)
                {
                    output.WriteLine($"    {step}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine($"RULED OUT: {findings.Count(f => f.Finding.Verdict == Verdict.RuledOut)} (use --json for the reasons)");
        return KbCli.Success;
    }
}
