namespace KbEngine.Core.Evaluation;

/// <summary>What an article means for one binding of its variables to the estate.</summary>
public enum Verdict
{
    /// <summary>Every condition holds.</summary>
    Applies,

    /// <summary>A condition is false, or the element already runs the fixed level.</summary>
    RuledOut,

    /// <summary>None is false and some cannot be decided from the topology: the questions decide.</summary>
    Open,
}
