using System.CommandLine;
using KbEngine.Cli.Output;
using KbEngine.Core;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Ingest;
using KbEngine.Core.Topology;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb diagnose --topology FILE [--json]</c>: which known issues apply to the estate, for which elements, and why.</summary>
internal sealed class DiagnoseCommand : Command
{
    private readonly Option<string> _topology = new("--topology") { Description = "The estate: a topology file (see kb validate).", Required = true, HelpName = "FILE" };
    private readonly Option<string[]> _answers = new("--answer")
    {
        Description = "Answer an open question by its id, as ID=yes or ID=no (repeatable); the ids are printed beside the questions.",
        HelpName = "ID=yes|no",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print the findings as JSON: {\"findings\": [{articleId, binding, verdict, reasons, questions, trace}]}." };
    private readonly ContentOption _content;

    public DiagnoseCommand(ContentOption content)
        : base("diagnose", "Evaluate every article of the content against a topology: what applies, to which elements and why; what is open, and the questions that would decide it; how many are ruled out.")
    {
        _content = content;
        Add(_topology);
        Add(_answers);
        Add(_json);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var file = parse.GetRequiredValue(_topology);
        if (TopologyFile.Read(file, "diagnose", error) is not { } read)
        {
            return KbCli.UsageError;
        }

        if (read.Topology is not { } topology)
        {
            TopologyFile.WriteProblems(file, read, error);
            error.WriteLine($"kb diagnose: {file} is not a valid topology; nothing was evaluated");
            return KbCli.UsageError;
        }

        if (!_content.TryOpen(parse, "diagnose", out var source))
        {
            return KbCli.UsageError;
        }

        var answers = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in parse.GetValue(_answers) ?? [])
        {
            var parts = answer.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !(parts[1].Equals("yes", StringComparison.OrdinalIgnoreCase) || parts[1].Equals("no", StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine($"kb diagnose: '--answer {answer}' is not an answer: expected ID=yes or ID=no, with an id printed beside a question");
                return KbCli.UsageError;
            }

            answers[parts[0]] = parts[1].Equals("yes", StringComparison.OrdinalIgnoreCase);
        }

        var evaluator = new ArticleEvaluator(KnowledgeData.Embedded.Catalog, KnowledgeData.Embedded.Rules);
        var findings = CorpusReader.ReadAll(source, KbPipeline.Default, extract: true)
            .Where(result => result.Knowledge is not null)
            .SelectMany(result => evaluator.Evaluate(result.Knowledge!, topology, answers).Select(finding => (Finding: finding, Title: result.Article!.Title)))
            .ToList();
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
