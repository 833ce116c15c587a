namespace KbEngine.Site.Views;

/// <summary>An article's knowledge record as the page shows it.</summary>
/// <param name="Status">What Microsoft knows (<c>confirmed bug</c>, <c>fixed</c>…), or null.</param>
/// <param name="Symptoms">The symptom sentences.</param>
/// <param name="ErrorMessages">The error messages quoted.</param>
/// <param name="Conditions">The conditions, each bound (a topology answers it) or open.</param>
/// <param name="Cause">The cause sentences.</param>
/// <param name="FixedIn">The fix levels (<c>Exchange Server 5.5 SP4</c>).</param>
/// <param name="Resolution">The resolution, or null.</param>
/// <param name="Workaround">The workaround, or null.</param>
public sealed record KnowledgeView(
    string? Status,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<ErrorView> ErrorMessages,
    IReadOnlyList<ConditionView> Conditions,
    IReadOnlyList<string> Cause,
    IReadOnlyList<string> FixedIn,
    RemedyView? Resolution,
    RemedyView? Workaround)
{
    /// <summary>Whether there is anything to show.</summary>
    public bool IsEmpty => Status is null && Symptoms.Count == 0 && ErrorMessages.Count == 0 && Conditions.Count == 0
        && Cause.Count == 0 && FixedIn.Count == 0 && Resolution is null && Workaround is null;
}

/// <summary>An error message.</summary>
/// <param name="Text">The message.</param>
/// <param name="Event">"Event ID 246, MSExchangeMTA", or null.</param>
public sealed record ErrorView(string Text, string? Event);

/// <summary>A condition.</summary>
/// <param name="Text">The clause as written.</param>
/// <param name="Question">The clause as a question.</param>
/// <param name="Bound">Whether the topology can answer it.</param>
/// <param name="Key">The vocabulary entry that binds it, or null.</param>
public sealed record ConditionView(string Text, string Question, bool Bound, string? Key);

/// <summary>A resolution or workaround.</summary>
/// <param name="Text">Its sentences outside the steps.</param>
/// <param name="Steps">Its steps.</param>
/// <param name="Fix">The fix to install (<c>Exchange Server 5.5, latest service pack</c>), or null.</param>
public sealed record RemedyView(IReadOnlyList<string> Text, IReadOnlyList<StepView> Steps, string? Fix);

/// <summary>A step.</summary>
/// <param name="Number">Its number.</param>
/// <param name="Text">Its text.</param>
/// <param name="Details">What is nested under it, each as written.</param>
/// <param name="Loop">"repeats steps 1–4 for the other sites", or null.</param>
public sealed record StepView(int Number, string Text, IReadOnlyList<string> Details, string? Loop);
