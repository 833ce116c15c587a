namespace KbEngine.Site.Views;

/// <summary>One step of the troubleshooter: where you are, the question, and each answer as a plain link.</summary>
/// <param name="Id">The node's id in the decision tree.</param>
/// <param name="Kind">What it asks: <c>root</c>, <c>product</c>, <c>area</c>, <c>question</c>, <c>choice</c>.</param>
/// <param name="Label">What led here from the parent.</param>
/// <param name="Question">The question asked here.</param>
/// <param name="Articles">How many articles are below.</param>
/// <param name="Path">The answers from the root to here, each a link back.</param>
/// <param name="Answers">The answers, each linking to the next question or to an article.</param>
public sealed record TreeNodePage(string Id, string Kind, string Label, string Question, int Articles, IReadOnlyList<LinkItem> Path, IReadOnlyList<LinkItem> Answers);
