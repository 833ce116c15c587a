namespace KbEngine.Core.Knowledge;

/// <summary>What the article says Microsoft knows about the problem.</summary>
public enum ArticleStatus
{
    /// <summary>The article makes no status statement.</summary>
    None,

    /// <summary>Microsoft has confirmed the problem, and no fix is named.</summary>
    Confirmed,

    /// <summary>The problem was corrected in a named version, service pack or release.</summary>
    Fixed,

    /// <summary>Microsoft is researching the problem.</summary>
    Researching,

    /// <summary>The behavior is by design.</summary>
    ByDesign,
}
