using System.CommandLine;
using KbEngine.Cli.Output;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb show ID [--json]</c>: one article, as text or as the parsed model.</summary>
internal sealed class ShowCommand : Command
{
    private readonly Argument<string> _id = new("ID") { Description = "The article id: Q199534, q199534 or 199534." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the parsed article as JSON (camelCase fields) instead of text." };
    private readonly ContentOption _content;

    public ShowCommand(ContentOption content)
        : base("show", "Print one article: its metadata and text, or with --json the parsed model.")
    {
        _content = content;
        Add(_id);
        Add(_json);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var id = ArticleId.Normalize(parse.GetRequiredValue(_id));
        if (id is null)
        {
            error.WriteLine($"kb show: '{parse.GetRequiredValue(_id)}' is not an article id: expected Q followed by digits, like Q199534");
            return KbCli.UsageError;
        }

        if (!_content.TryOpenKnowledgeBase(parse, "show", out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        using var opened = knowledgeBase;
        if (knowledgeBase.FindArticle(id) is not { } article)
        {
            var failures = knowledgeBase.Failures().Where(f => f.Id == id).ToList();
            foreach (var failure in failures)
            {
                error.WriteLine(failure.Diagnostic);
            }

            if (failures.Count > 0)
            {
                return KbCli.InputFailed;
            }

            error.WriteLine($"kb show: no article {id} in {knowledgeBase.ContentSource}");
            return KbCli.UsageError;
        }

        var knowledge = knowledgeBase.FindKnowledge(id)!;
        if (parse.GetValue(_json))
        {
            var json = Newtonsoft.Json.Linq.JObject.FromObject(article, KbJson.Serializer);
            json["knowledge"] = Newtonsoft.Json.Linq.JObject.FromObject(knowledge, KbJson.Serializer);
            KbJson.Write(output, json);
        }
        else
        {
            ArticleTextWriter.Write(output, article);
            KnowledgeTextWriter.Write(output, knowledge);
        }

        return KbCli.Success;
    }
}
