using System.Collections.Immutable;

namespace KbEngine.Core.Model;

/// <summary>A KnowledgeBase article, read faithfully from its text: header, applies-to list, sections, references and trailer.</summary>
public sealed record Article
{
    /// <summary>The article number, <c>Q</c> included (<c>Q199534</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The title without the <c>Qnnnnnn:</c> prefix.</summary>
    public required string Title { get; init; }

    /// <summary>The area code that opens the title (<c>XFOR</c>, <c>PRB</c>, <c>WD97</c>), or null.</summary>
    public string? Area { get; init; }

    /// <summary>The <c>Product(s):</c> header, one entry per product.</summary>
    public required ImmutableArray<string> Products { get; init; }

    /// <summary>The <c>Version(s):</c> header.</summary>
    public required VersionList Versions { get; init; }

    /// <summary>The <c>Operating System(s):</c> header, one entry per system.</summary>
    public required ImmutableArray<string> OperatingSystems { get; init; }

    /// <summary>The keywords: the trailer's list when there is one (the header's is cut at 100 characters), else the header's.</summary>
    public required ImmutableArray<string> Keywords { get; init; }

    /// <summary>The <c>Last Modified:</c> date, or null when it could not be read.</summary>
    public DateOnly? LastModified { get; init; }

    /// <summary>The items of "The information in this article applies to:".</summary>
    public required ImmutableArray<AppliesToEntry> AppliesTo { get; init; }

    /// <summary>The sections in order.</summary>
    public required ImmutableArray<Section> Sections { get; init; }

    /// <summary>Every reference line of the text, in order.</summary>
    public required ImmutableArray<Reference> References { get; init; }

    /// <summary>The trailer's <c>Additional query words:</c>, or null.</summary>
    public string? AdditionalQueryWords { get; init; }

    /// <summary>The trailer's <c>Technology</c> codes.</summary>
    public required ImmutableArray<string> Technology { get; init; }

    /// <summary>The trailer's <c>Issue type</c> (<c>kbbug</c>, <c>kbprb</c>, …), or null.</summary>
    public string? IssueType { get; init; }

    /// <summary>The trailer's <c>Solution Type</c> (<c>kbfix</c>, …), or null.</summary>
    public string? SolutionType { get; init; }

    /// <summary>The file the article was read from.</summary>
    public required string Source { get; init; }

    /// <summary>The front matter permalink (<c>/kb/199/Q199534/</c>), or null.</summary>
    public string? Permalink { get; init; }

    /// <summary>The header lines (<c>Article:</c> … <c>Last Modified:</c>).</summary>
    public required SourceSpan HeaderSpan { get; init; }

    /// <summary>The applies-to box, rules included; null when the article has none.</summary>
    public SourceSpan? AppliesToSpan { get; init; }

    /// <summary>The trailer (<c>Additional query words:</c> to the last rule); null when the article has none.</summary>
    public SourceSpan? TrailerSpan { get; init; }

    /// <summary>Whether the article has no section headings (older, free-text articles).</summary>
    public bool IsFreeText => Sections.All(section => section.Heading is null);
}
