using System.Collections.Immutable;

namespace KbEngine.Core.Knowledge;

/// <summary>What one article knows, as structured troubleshooting knowledge: every item with its provenance.</summary>
public sealed record KnowledgeRecord
{
    /// <summary>The article the record was extracted from.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The products and versions the article applies to.</summary>
    public required Applicability Applicability { get; init; }

    /// <summary>The versions, service packs or releases in which the problem was corrected.</summary>
    public required ImmutableArray<FixLevel> FixedIn { get; init; }

    /// <summary>When the article is a fix list ("List of Bugs Fixed in Exchange Server 5.5 Service Pack 4"), the level it lists; else null.</summary>
    /// <remarks>Its references are the articles fixed at that level: a cross-check for their own fix levels.</remarks>
    public FixLevel? ListsFixesOf { get; init; }

    /// <summary>What Microsoft knows about the problem.</summary>
    public required ArticleStatus Status { get; init; }

    /// <summary>The symptom statements: the title, then the sentences of SYMPTOMS (else SUMMARY, else the opening paragraph).</summary>
    public required ImmutableArray<Sentence> Symptoms { get; init; }

    /// <summary>The error messages quoted anywhere in the article.</summary>
    public required ImmutableArray<ErrorMessage> ErrorMessages { get; init; }

    /// <summary>The circumstances the problem depends on, each a question.</summary>
    public required ImmutableArray<Condition> Conditions { get; init; }

    /// <summary>The sentences of CAUSE.</summary>
    public required ImmutableArray<Sentence> Cause { get; init; }

    /// <summary>What RESOLUTION says to do, or null.</summary>
    public Remedy? Resolution { get; init; }

    /// <summary>What WORKAROUND says to do, or null.</summary>
    public Remedy? Workaround { get; init; }

    /// <summary>The articles cited, once each, in order of first citation.</summary>
    public required ImmutableArray<ReferenceLink> References { get; init; }
}
