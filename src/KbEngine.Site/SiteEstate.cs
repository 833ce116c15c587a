using KbEngine.Core.Evaluation;

namespace KbEngine.Site;

/// <summary>A validated topology, the user's answers to open questions, and the evaluator that judges articles against them.</summary>
/// <param name="Topology">The estate.</param>
/// <param name="Answers">Answers to open questions by question id (<c>Q256350-c1</c> → yes).</param>
/// <param name="Evaluator">The evaluator, the same the CLI uses, so the site gives the same verdicts.</param>
public sealed record SiteEstate(Core.Topology.Topology Topology, IReadOnlyDictionary<string, bool> Answers, ArticleEvaluator Evaluator);
