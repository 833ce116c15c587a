using System.CommandLine;
using System.Text;
using KbEngine.Core.Export;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb export [--out FILE]</c>: the decision tree and the knowledge records as versioned JSON.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Option<string> _out = new("--out") { Description = "The file to write (replaced only when the export is complete). Default: standard output.", HelpName = "FILE" };
    private readonly Option<bool> _indent = new("--indent") { Description = "Indent the JSON for reading." };
    private readonly ContentOption _content;

    public ExportCommand(ContentOption content)
        : base("export", $"Write the decision tree and every knowledge record as versioned JSON (formatVersion {KnowledgeExportWriter.FormatVersion}; see docs/export.md and docs/export.schema.json).")
    {
        _content = content;
        Add(_out);
        Add(_indent);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        if (!_content.TryOpenKnowledgeBase(parse, "export", out var knowledgeBase))
        {
            return KbCli.UsageError;
        }

        using (knowledgeBase)
        {
            var indent = parse.GetValue(_indent);
            if (parse.GetValue(_out) is not { } file)
            {
                KnowledgeExportWriter.Write(knowledgeBase, parse.InvocationConfiguration.Output, indent);
                parse.InvocationConfiguration.Output.WriteLine();
                return KbCli.Success;
            }

            var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
                {
                    KnowledgeExportWriter.Write(knowledgeBase, writer, indent);
                }

                File.Move(temporary, file, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            parse.InvocationConfiguration.Error.WriteLine($"kb export: {file}: {knowledgeBase.ArticleCount:N0} records, {knowledgeBase.Tree.Nodes.Length:N0} tree nodes, {new FileInfo(file).Length / 1e6:F1} MB");
            return KbCli.Success;
        }
    }
}
