using System.CommandLine;
using KbEngine.Cli.Output;
using KbEngine.Core.Topology;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb validate FILE [--json]</c>: checks a topology file and lists every problem with its JSON path.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly Argument<string> _file = new("FILE") { Description = "The topology file (JSON: nodes and links, see content/topologies/)." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON: {\"valid\": …, \"problems\": [{\"path\", \"line\", \"message\"}]}." };

    public ValidateCommand()
        : base("validate", "Check a topology file against the node and link types of content/topology/types.json: every problem is listed with its JSON path (exit code 2), nothing is evaluated.")
    {
        Add(_file);
        Add(_json);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var file = parse.GetRequiredValue(_file);
        if (TopologyFile.Read(file, "validate", error) is not { } result)
        {
            return KbCli.UsageError;
        }

        if (parse.GetValue(_json))
        {
            KbJson.Write(output, new
            {
                file,
                valid = result.IsValid,
                nodes = result.Topology?.Nodes.Length ?? 0,
                links = result.Topology?.Links.Length ?? 0,
                problems = result.Problems.Select(p => new { path = p.Path, line = p.Line, message = p.Message }),
            });
        }
        else if (result.Topology is { } topology)
        {
            output.WriteLine($"{file}: valid topology \"{topology.Name}\": {topology.Nodes.Length} nodes, {topology.Links.Length} links");
        }
        else
        {
            TopologyFile.WriteProblems(file, result, error);
            error.WriteLine($"{file}: {result.Problems.Length} problem{(result.Problems.Length == 1 ? "" : "s")}; nothing was evaluated");
        }

        return result.IsValid ? KbCli.Success : KbCli.UsageError;
    }
}
