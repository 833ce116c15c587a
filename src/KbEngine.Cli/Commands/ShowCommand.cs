using System.CommandLine;
using KbEngine.Cli.Output;
using KbEngine.Core;
using KbEngine.Core.Diagnostics;

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

        if (!_content.TryOpen(parse, "show", out var source))
        {
            return KbCli.UsageError;
        }

        var document = source.FindArticle(id);
        if (document is null)
        {
            error.WriteLine($"kb show: no article {id} in {source.Description}");
            return KbCli.UsageError;
        }

        var knownIds = source.ArticleIds().ToHashSet(StringComparer.Ordinal);
        var result = KbPipeline.Default.Read(document, extract: true, knownIds);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic);
        }

        if (result.Article is not { } article)
        {
            return KbCli.InputFailed;
        }

        if (parse.GetValue(_json))
        {
            var json = Newtonsoft.Json.Linq.JObject.FromObject(article, KbJson.Serializer);
            json["knowledge"] = Newtonsoft.Json.Linq.JObject.FromObject(result.Knowledge!, KbJson.Serializer);
            KbJson.Write(output, json);
        }
        else
        {
            ArticleTextWriter.Write(output, article);
            KnowledgeTextWriter.Write(output, result.Knowledge!);
        }

        return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? KbCli.InputFailed : KbCli.Success;
    }
}
