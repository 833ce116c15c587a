namespace KbEngine.Core.Tree;

/// <summary>The shape of the decision tree: how many questions it takes to reach an article.</summary>
/// <param name="Leaves">Article leaves.</param>
/// <param name="Nodes">All nodes.</param>
/// <param name="AverageQuestions">Questions from the root to a leaf, on average over the leaves (a multi-way choice counts as one).</param>
/// <param name="WorstQuestions">The most questions to any leaf.</param>
/// <param name="LowerBound">log2(leaves): what a perfectly balanced yes/no tree would need on average.</param>
/// <param name="AverageYesNo">The average in yes/no equivalents: a choice among k answers counts log2(k), so it compares with <paramref name="LowerBound"/>.</param>
/// <param name="WorstYesNo">The worst in yes/no equivalents.</param>
public sealed record TreeStatistics(int Leaves, int Nodes, double AverageQuestions, int WorstQuestions, double LowerBound, double AverageYesNo, double WorstYesNo);
