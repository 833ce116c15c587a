using System.CommandLine;
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
    private readonly TopologyOptions _topology = new();
    private readonly ContentOption _content;

    public QueryCommand(ContentOption content)
        : base("query", "Rank the articles for a problem described in your own words. With --topology, articles ruled out for every element of the estate drop and articles that apply rise.")
    {
        _content = content;
        Add(_text);
        Add(_top);
        Add(_json);
        _topology.AddTo(this);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (!_topology.TryRead(parse, "query", out var estate))
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
            var result = search.Search(parse.GetRequiredValue(_text), Math.Max(1, parse.GetValue(_top)), estate?.VerdictsFor(knowledgeBase));
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
}
