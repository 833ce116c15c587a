using System.Collections.Immutable;

namespace KbEngine.Core.Evaluation;

/// <summary>The verdict of one article for one binding of its variables to the estate, with its reasons and trace.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Binding">Variable → node id.</param>
/// <param name="Verdict">Applies, ruled out or open.</param>
/// <param name="Reasons">For ruled out: which condition is false and why.</param>
/// <param name="Questions">For open: the questions that would decide it, shortest first.</param>
/// <param name="Trace">Every condition's outcome with its facts and source sentence.</param>
public sealed record Finding(
    string ArticleId,
    Binding Binding,
    Verdict Verdict,
    ImmutableArray<string> Reasons,
    ImmutableArray<Question> Questions,
    ImmutableArray<ConditionOutcome> Trace)
{
    /// <summary>For a finding that applies, the resolution's steps with the estate's names in place of the article's example names; loops expanded.</summary>
    public ImmutableArray<string> Steps { get; init; } = [];
}
