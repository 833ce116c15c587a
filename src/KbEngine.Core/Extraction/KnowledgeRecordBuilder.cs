using System.Collections.Immutable;
using KbEngine.Core.Knowledge;

namespace KbEngine.Core.Extraction;

/// <summary>The knowledge record under construction: each extractor fills its part, then <see cref="Build"/> freezes it.</summary>
public sealed class KnowledgeRecordBuilder(string articleId)
{
    /// <summary>The products and versions the article applies to.</summary>
    public Applicability Applicability { get; set; } = new([], [], []);

    /// <summary>The fix levels found.</summary>
    public List<FixLevel> FixedIn { get; } = [];

    /// <summary>The level a fix-list article lists, if it is one.</summary>
    public FixLevel? ListsFixesOf { get; set; }

    /// <summary>The status found.</summary>
    public ArticleStatus Status { get; set; }

    /// <summary>The symptom sentences.</summary>
    public List<Sentence> Symptoms { get; } = [];

    /// <summary>The error messages.</summary>
    public List<ErrorMessage> ErrorMessages { get; } = [];

    /// <summary>The conditions.</summary>
    public List<Condition> Conditions { get; } = [];

    /// <summary>The cause sentences.</summary>
    public List<Sentence> Cause { get; } = [];

    /// <summary>The resolution, if any.</summary>
    public Remedy? Resolution { get; set; }

    /// <summary>The workaround, if any.</summary>
    public Remedy? Workaround { get; set; }

    /// <summary>The references.</summary>
    public List<ReferenceLink> References { get; } = [];

    /// <summary>Freezes the record.</summary>
    public KnowledgeRecord Build() => new()
    {
        ArticleId = articleId,
        Applicability = Applicability,
        FixedIn = [.. FixedIn],
        Status = Status,
        ListsFixesOf = ListsFixesOf,
        Symptoms = [.. Symptoms],
        ErrorMessages = [.. ErrorMessages],
        Conditions = [.. Conditions],
        Cause = [.. Cause],
        Resolution = Resolution,
        Workaround = Workaround,
        References = [.. References],
    };
}
