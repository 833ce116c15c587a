namespace KbEngine.Site.Views;

/// <summary>One verdict of an article for one binding of its variables to the estate.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its page, relative to the site root.</param>
/// <param name="Verdict"><c>applies</c>, <c>open</c> or <c>ruled-out</c>.</param>
/// <param name="VerdictText">The verdict for people: "applies", "open", "ruled out".</param>
/// <param name="Binding">The elements it concerns (<c>po=PO1, remote=SITE2</c>), or empty.</param>
/// <param name="Reasons">Why it is ruled out.</param>
/// <param name="Questions">The questions that would decide it.</param>
/// <param name="Steps">The resolution with the estate's names, loops expanded.</param>
/// <param name="Trace">Every condition's outcome, facts and source.</param>
public sealed record FindingView(
    string ArticleId,
    string Title,
    string Url,
    string Verdict,
    string VerdictText,
    string Binding,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<LinkItem> Questions,
    IReadOnlyList<string> Steps,
    IReadOnlyList<TraceView> Trace);

/// <summary>How one condition came out.</summary>
/// <param name="Id">The condition id (<c>Q199534-c1</c>).</param>
/// <param name="Condition">The condition.</param>
/// <param name="Outcome"><c>true</c>, <c>false</c> or <c>unknown</c>.</param>
/// <param name="Facts">The facts that decided it.</param>
/// <param name="Source">Where the sentence is (<c>SYMPTOMS, line 18</c>).</param>
public sealed record TraceView(string Id, string Condition, string Outcome, IReadOnlyList<string> Facts, string Source);
