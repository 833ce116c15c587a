namespace KbEngine.Core.Evaluation;

/// <summary>An open question that would decide a finding, with the id an answer names it by (<c>--answer Q256350-c1=yes</c>).</summary>
/// <param name="Id">Stable for an article and its extraction: the article id and the condition's position (<c>Q256350-c1</c>), or <c>-symptom</c>.</param>
/// <param name="Text">The question.</param>
public sealed record Question(string Id, string Text);
