using KbEngine.Core.Diagnostics;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KbEngine.Core.Ingest;

/// <summary>Reads <c>title</c> and <c>permalink</c> from an article's YAML front matter with YamlDotNet.</summary>
/// <remarks>
/// YamlDotNet's scanner is used, not its parser or representation model: the parser's scalar
/// events look every value up in the runtime's intern table, which cost 6% of a full-archive
/// parse on its own. Front matter is a flat mapping; the scanner's tokens are enough to read it,
/// and quoting and escapes are still YAML's.
/// </remarks>
internal static class FrontMatterReader
{
    public readonly record struct FrontMatter(string? Title, string? Permalink, Diagnostic? Error);

    public static FrontMatter Read(string path, YamlFrontMatterBlock block)
    {
        // Markdig's lines exclude the '---' fences; the first YAML line is the block's second line.
        var firstLine = block.Line + 2;
        string? title = null, permalink = null, key = null;
        var depth = 0;
        var sawMapping = false;
        var expect = Expect.Nothing;
        try
        {
            var scanner = new Scanner(new StringReader(block.Lines.ToString()), skipComments: true);
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case Error error:
                        // The scanner reports some mistakes as a token, not an exception, and then gives the same token forever.
                        return Fail(path, firstLine + (int)error.Start.Line - 1, $"front matter is not valid YAML ({error.Value.TrimEnd('.')}): expected 'key: value' lines (quote a value that holds ': ')", (int)error.Start.Column);
                    case BlockMappingStart or FlowMappingStart or BlockSequenceStart or FlowSequenceStart:
                        sawMapping |= depth == 0 && scanner.Current is BlockMappingStart;
                        depth++;
                        break;
                    case BlockEnd or FlowMappingEnd or FlowSequenceEnd:
                        depth--;
                        break;
                    case Key when depth == 1:
                        expect = Expect.Key;
                        break;
                    case Value when depth == 1:
                        expect = Expect.Value;
                        break;
                    case Scalar scalar when depth == 1 && expect == Expect.Key:
                        key = scalar.Value;
                        expect = Expect.Nothing;
                        break;
                    case Scalar scalar when depth == 1 && expect == Expect.Value:
                        title = key == "title" ? scalar.Value : title;
                        permalink = key == "permalink" ? scalar.Value : permalink;
                        expect = Expect.Nothing;
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            return Fail(path, firstLine + (int)e.Start.Line - 1, $"front matter is not valid YAML ({e.Message}): expected 'key: value' lines", (int)e.Start.Column);
        }

        if (!sawMapping)
        {
            return Fail(path, firstLine, "front matter is not a mapping: expected 'title:' and 'permalink:' lines");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return Fail(path, firstLine, "front matter has no title: expected 'title: \"Qnnnnnn: …\"'");
        }

        return new FrontMatter(title.Trim(), permalink?.Trim(), null);
    }

    private static FrontMatter Fail(string path, int line, string message, int column = 1) =>
        new(null, null, new Diagnostic(path, line, column, DiagnosticSeverity.Error, message));

    private enum Expect
    {
        Nothing,
        Key,
        Value,
    }
}
