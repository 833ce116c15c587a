using System.CommandLine;
using KbEngine.Cli.Output;
using KbEngine.Core;
using KbEngine.Core.Ingest;
using KbEngine.Core.Statistics;

namespace KbEngine.Cli.Commands;

/// <summary><c>kb stats [--json] [--strict]</c>: reads the whole content and reports what it found.</summary>
internal sealed class StatsCommand : Command
{
    private readonly Option<bool> _json = new("--json") { Description = "Print the statistics as JSON." };
    private readonly Option<bool> _strict = new("--strict") { Description = "Exit with code 1 when any article failed to parse." };
    private readonly ContentOption _content;

    public StatsCommand(ContentOption content)
        : base("stats", "Read every article of the content and report what was parsed, what failed (file, line, reason) and what the articles contain.")
    {
        _content = content;
        Add(_json);
        Add(_strict);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (!_content.TryOpen(parse, "stats", out var source))
        {
            return KbCli.UsageError;
        }

        var collector = new CorpusStatisticsCollector();
        using (new ProgressReporter(error, () => $"kb stats: {collector.ArticlesRead:N0} articles, {collector.Bytes / 1e6:F0} MB"))
        {
            foreach (var result in CorpusReader.ReadAll(source, KbPipeline.Default, extract: true))
            {
                collector.Add(result);
            }
        }

        var stats = collector.Build();
        if (parse.GetValue(_json))
        {
            KbJson.Write(output, new StatisticsJson(source.Description, stats));
        }
        else
        {
            StatisticsTextWriter.Write(output, source.Description, stats);
        }

        return parse.GetValue(_strict) && stats.Failed > 0 ? KbCli.InputFailed : KbCli.Success;
    }
}
