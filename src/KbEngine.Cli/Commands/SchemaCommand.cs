using System.CommandLine;
using KbEngine.Core.Topology;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb schema</c>: prints the JSON Schema of topology files, generated from the declared types.</summary>
internal sealed class SchemaCommand : Command
{
    public SchemaCommand()
        : base("schema", "Print the JSON Schema of topology files (generated from content/topology/types.json; the same as content/topology/topology.schema.json).")
    {
        SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(TopologySchema.Generate(TopologyTypes.Embedded));
            return KbCli.Success;
        });
    }
}
