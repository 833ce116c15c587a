using System.CommandLine;
using System.Collections.Immutable;
using KbEngine.Cli.Output;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;
using KbEngine.Core.Query;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb query "TEXT" [--topology FILE] [--top N] [--json]</c>: the articles for a problem described in one's own words.</summary>
internal sealed class QueryCommand : Command
{
    private readonly Argument<string> _text = new("TEXT") { Description = "The problem in your own words: what you see, error messages, event ids, product and version." };
    private readonly Option<int> _top = new("--top") { Description = "How many articles to show.", DefaultValueFactory = _ => 10, HelpName = "N" };
    private readonly Option<bool> _json = new("--json") { Description = "Print {\"hits\": [{id, title, score, cause, evidence, verdict}]}." };
    private readonly Option<bool> _interactive = new("--interactive", "-i")
    {
        Description = "Narrow the candidates by yes/no questions (the one that best splits them first) until one article is left; " +
            "--answer KEY=yes|no gives the same answers without asking (KEY as printed beside a question, e.g. version:exchange-server:5.5).",
    };

    private readonly TopologyOptions _topology = new();
    private readonly ContentOption _content;
    private readonly TextReader _input;

    public QueryCommand(ContentOption content, TextReader input)
        : base("query", "Rank the articles for a problem described in your own words. With --topology, articles ruled out for every element of the estate drop and articles that apply rise.")
    {
        _content = content;
        _input = input;
        Add(_text);
        Add(_top);
        Add(_json);
        Add(_interactive);
        _topology.AddTo(this);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (!_topology.TryRead(parse, "query", out var estate, out var answers))
        {
            return KbCli.UsageError;
        }

        if (!_content.TryOpenKnowledgeBase(parse, "query", out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        using (knowledgeBase)
        {
            var search = new SymptomSearch(knowledgeBase, TextAnalyzer.Default, KnowledgeData.Embedded.Catalog);
            var narrowing = parse.GetValue(_interactive) || answers.Keys.Any(IsQuestionKey);
            var top = Math.Max(1, parse.GetValue(_top));
            var result = search.Search(parse.GetRequiredValue(_text), narrowing ? Math.Max(top, 30) : top, estate?.VerdictsFor(knowledgeBase));
            if (narrowing && !result.Hits.IsEmpty)
            {
                return Narrow(parse, knowledgeBase, result, estate, answers, top);
            }

            if (parse.GetValue(_json))
            {
                KbJson.Write(output, new { hits = result.Hits, message = result.Message });
                return KbCli.Success;
            }

            if (result.Hits.IsEmpty)
            {
                output.WriteLine(result.Message);
                return KbCli.Success;
            }

            var rank = 0;
            foreach (var hit in result.Hits)
            {
                output.WriteLine($"{++rank,2}. {hit.Id}  {hit.Title}{(hit.Verdict is { } verdict ? $"  [{verdict.ToString().ToLowerInvariant()}]" : string.Empty)}");
                if (hit.Cause is { } cause)
                {
                    output.WriteLine($"    cause: {(cause.Length > 160 ? cause[..157] + "…" : cause)}");
                }

                output.WriteLine($"    matched: {string.Join("; ", hit.Evidence)}");
            }

            return KbCli.Success;
        }
    }

    /// <summary>Asks (or takes from --answer) the questions that best split the hits, then shows the article it ends at.</summary>
    private int Narrow(ParseResult parse, Core.Compilation.KnowledgeBase knowledgeBase, QueryResult result, Estate? estate, IReadOnlyDictionary<string, bool> answers, int top)
    {
        var output = parse.InvocationConfiguration.Output;
        var narrowing = new CandidateNarrowing(result.Hits.Select(hit =>
            (hit, Core.Tree.TreeLeaf.Of(knowledgeBase.FindArticle(hit.Id)!, knowledgeBase.KnowledgeOf(hit.Document)!))));
        AnswerFromTopology(narrowing, estate);
        foreach (var (key, yes) in answers.Where(a => IsQuestionKey(a.Key)))
        {
            narrowing.Answer(key, yes);
        }

        var interactive = parse.GetValue(_interactive);
        while (narrowing.Result is null && narrowing.NextQuestion() is { } question)
        {
            if (!interactive)
            {
                output.WriteLine($"Next question: {question.Question}  (--answer {question.Key}=yes|no)");
                break;
            }

            output.WriteLine($"{narrowing.Remaining.Count} candidates; first: {string.Join("; ", narrowing.Remaining.Take(3).Select(h => $"{h.Id} {h.Title}"))}");
            output.Write($"{question.Question} [y/n/?] ");
            var reply = _input.ReadLine()?.Trim().ToLowerInvariant();
            if (!ReferenceEquals(_input, Console.In) || Console.IsInputRedirected)
            {
                // A terminal echoes the answer and its newline; piped answers do not.
                output.WriteLine(reply);
            }

            if (reply is null)
            {
                break;
            }

            narrowing.Answer(question.Key, reply.StartsWith('y') ? true : reply.StartsWith('n') ? false : null);
        }

        if (narrowing.Result is { } leaf)
        {
            WriteLeaf(output, knowledgeBase, leaf, estate);
            return KbCli.Success;
        }

        output.WriteLine(narrowing.Remaining.Count == 0 ? "No candidate agrees with every answer." : "Candidates:");
        foreach (var hit in narrowing.Remaining.Take(top))
        {
            output.WriteLine($"  {hit.Id}  {hit.Title}");
        }

        return KbCli.Success;
    }

    /// <summary>Whether an answer's id is a tree question's key (<c>version:exchange-server:5.5</c>), not a condition's (<c>Q256350-c1</c>).</summary>
    private static bool IsQuestionKey(string id) => id.Contains(':', StringComparison.Ordinal);

    /// <summary>The version questions the estate answers: yes when one of its elements runs that version, no when it has the product at other versions only.</summary>
    private static void AnswerFromTopology(CandidateNarrowing narrowing, Estate? estate)
    {
        if (estate is null)
        {
            return;
        }

        var running = estate.Topology.Nodes
            .Select(node => (Product: node.Attributes.TryGetValue("product", out var p) && p.Text is { } name ? KnowledgeData.Embedded.Catalog.Identify(name)?.Id : null,
                Version: node.Attributes.TryGetValue("version", out var v) ? v.Version : null))
            .Where(n => n.Product is not null && n.Version is not null)
            .ToList();
        foreach (var question in narrowing.OpenQuestions.Where(q => q.Key.StartsWith("version:", StringComparison.Ordinal)))
        {
            var parts = question.Key.Split(':');
            var versions = running.Where(n => n.Product == parts[1]).ToList();
            if (versions.Count > 0)
            {
                var wanted = Core.Topology.KbVersion.Parse(parts[2]);
                narrowing.Answer(question.Key, versions.Any(n => n.Version!.Equals(wanted)));
            }
        }
    }

    private static void WriteLeaf(TextWriter output, Core.Compilation.KnowledgeBase knowledgeBase, QueryHit hit, Estate? estate)
    {
        var record = knowledgeBase.KnowledgeOf(hit.Document)!;
        output.WriteLine($"{hit.Id}  {hit.Title}");
        if (record.Cause.FirstOrDefault() is { } cause)
        {
            output.WriteLine($"Cause: {cause.Text}");
        }

        var applying = estate?.Evaluator.Evaluate(record, estate.Topology, estate.Answers).FirstOrDefault(f => f.Verdict == Verdict.Applies);
        var steps = applying is { Steps.IsEmpty: false } ? applying.Steps : record.Resolution?.Steps.Select(s => $"{s.Number}. {s.Text}").ToImmutableArray() ?? [];
        if (!steps.IsEmpty)
        {
            output.WriteLine(applying is null ? "Resolution:" : $"Resolution for {applying.Binding}:");
            foreach (var step in steps)
            {
                output.WriteLine($"  {step}");
            }
        }
        else if (record.Resolution?.Text.FirstOrDefault() is { } text)
        {
            output.WriteLine($"Resolution: {text.Text}");
        }
    }
}
