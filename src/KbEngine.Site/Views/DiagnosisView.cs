namespace KbEngine.Site.Views;

/// <summary>The diagnosis of an estate: what applies, what is open, what is ruled out, per element and per article.</summary>
/// <param name="Estate">The estate's name.</param>
/// <param name="Nodes">The number of nodes.</param>
/// <param name="Links">The number of links.</param>
/// <param name="Elements">Per node of the estate, the findings whose binding names it.</param>
/// <param name="Applies">The findings that apply.</param>
/// <param name="Open">The findings still open, fewest questions first.</param>
/// <param name="RuledOut">The findings ruled out, with their reasons.</param>
public sealed record DiagnosisView(
    string Estate,
    int Nodes,
    int Links,
    IReadOnlyList<ElementView> Elements,
    IReadOnlyList<FindingView> Applies,
    IReadOnlyList<FindingView> Open,
    IReadOnlyList<FindingView> RuledOut);

/// <summary>One element of the estate and what was found for it.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Applies">Articles that apply to it.</param>
/// <param name="Open">Articles still open for it.</param>
/// <param name="RuledOut">How many findings were ruled out for it.</param>
public sealed record ElementView(string Id, string Type, IReadOnlyList<LinkItem> Applies, IReadOnlyList<LinkItem> Open, int RuledOut);
