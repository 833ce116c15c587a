using System.CommandLine;
using KbEngine.Core.Compilation;
using KbEngine.Core.Evaluation;
using KbEngine.Core.Extraction;

namespace KbEngine.Cli;

/// <summary>The <c>--topology FILE</c> and <c>--answer ID=yes|no</c> options of the commands that evaluate against an estate.</summary>
internal sealed class TopologyOptions
{
    private readonly bool _required;

    public TopologyOptions(bool required = false)
    {
        _required = required;
        File = new Option<string>("--topology") { Description = "The estate: a topology file (see kb validate).", Required = required, HelpName = "FILE" };
    }

    public Option<string> File { get; }

    public Option<string[]> Answers { get; } = new("--answer")
    {
        Description = "Answer an open question by its id, as ID=yes or ID=no (repeatable); the ids are printed beside the questions.",
        HelpName = "ID=yes|no",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Add(File);
        command.Add(Answers);
    }

    /// <summary>
    /// Reads and validates the topology and the answers. False (with the reasons on stderr) when
    /// either is wrong; true with a null estate when no topology was given and none is required.
    /// </summary>
    public bool TryRead(ParseResult parse, string command, out Estate? estate) => TryRead(parse, command, out estate, out _);

    /// <summary>As <see cref="TryRead(ParseResult, string, out Estate?)"/>, also giving the answers when no topology was given.</summary>
    public bool TryRead(ParseResult parse, string command, out Estate? estate, out IReadOnlyDictionary<string, bool> answered)
    {
        var error = parse.InvocationConfiguration.Error;
        estate = null;
        var answers = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        answered = answers;
        foreach (var answer in parse.GetValue(Answers) ?? [])
        {
            var parts = answer.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !(parts[1].Equals("yes", StringComparison.OrdinalIgnoreCase) || parts[1].Equals("no", StringComparison.OrdinalIgnoreCase)))
            {
                error.WriteLine($"kb {command}: '--answer {answer}' is not an answer: expected ID=yes or ID=no, with an id printed beside a question");
                return false;
            }

            answers[parts[0]] = parts[1].Equals("yes", StringComparison.OrdinalIgnoreCase);
        }

        var file = parse.GetValue(File);
        if (file is null)
        {
            return !_required;
        }

        if (TopologyFile.Read(file, command, error) is not { } read)
        {
            return false;
        }

        if (read.Topology is not { } topology)
        {
            TopologyFile.WriteProblems(file, read, error);
            error.WriteLine($"kb {command}: {file} is not a valid topology; nothing was evaluated");
            return false;
        }

        estate = new Estate(topology, answers, new ArticleEvaluator(KnowledgeData.Embedded.Catalog, KnowledgeData.Embedded.Rules));
        return true;
    }
}

/// <summary>A validated topology with the user's answers, and the evaluator to judge articles against it.</summary>
internal sealed record Estate(Core.Topology.Topology Topology, IReadOnlyDictionary<string, bool> Answers, ArticleEvaluator Evaluator)
{
    /// <summary>Each article's best verdict over the estate (applies, then open, then ruled out), or null when nothing in the estate bears on it.</summary>
    public Func<int, Verdict?> VerdictsFor(KnowledgeBase knowledgeBase) => document =>
    {
        if (knowledgeBase.KnowledgeOf(document) is not { } record)
        {
            return null;
        }

        var findings = Evaluator.Evaluate(record, Topology, Answers);
        return findings.Count == 0 ? null
            : findings.Any(f => f.Verdict == Verdict.Applies) ? Verdict.Applies
            : findings.Any(f => f.Verdict == Verdict.Open) ? Verdict.Open
            : Verdict.RuledOut;
    };
}
