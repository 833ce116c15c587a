using System.Collections.Immutable;

namespace KbEngine.Core.Statistics;

/// <summary>How much knowledge extraction found over a corpus.</summary>
public sealed record ExtractionStatistics
{
    /// <summary>Articles extracted.</summary>
    public required int Articles { get; init; }

    /// <summary>Articles with at least one symptom sentence besides the title.</summary>
    public required int WithSymptoms { get; init; }

    /// <summary>Articles with a cause.</summary>
    public required int WithCause { get; init; }

    /// <summary>Articles with a resolution (text or steps).</summary>
    public required int WithResolution { get; init; }

    /// <summary>Articles with a workaround.</summary>
    public required int WithWorkaround { get; init; }

    /// <summary>Articles with a fix level read from their text.</summary>
    public required int WithFixLevel { get; init; }

    /// <summary>Articles by status (<c>fixed</c>, <c>confirmed</c>, …).</summary>
    public required ImmutableArray<KeyValuePair<string, int>> ByStatus { get; init; }

    /// <summary>Error messages found, all articles together.</summary>
    public required int ErrorMessages { get; init; }

    /// <summary>Articles with at least one error message.</summary>
    public required int WithErrorMessages { get; init; }

    /// <summary>Conditions found, all articles together.</summary>
    public required int Conditions { get; init; }

    /// <summary>Conditions bound by the vocabulary.</summary>
    public required int BoundConditions { get; init; }

    /// <summary>Steps that repeat earlier steps (loops).</summary>
    public required int Loops { get; init; }

    /// <summary>Distinct references found, all articles together.</summary>
    public required int References { get; init; }

    /// <summary>References whose article is in the content.</summary>
    public required int ResolvedReferences { get; init; }

    /// <summary>Articles naming a product the catalog does not know.</summary>
    public required int WithUnknownProduct { get; init; }

    /// <summary>The unknown product names, most frequent first.</summary>
    public required ImmutableArray<KeyValuePair<string, int>> UnknownProducts { get; init; }

    /// <summary>Articles whose keywords state a fix level (<c>kbExchange550sp4Fix</c>).</summary>
    public required int WithFixKeywords { get; init; }

    /// <summary>Of those, articles whose text states the same level.</summary>
    public required int FixKeywordsAgreeWithText { get; init; }

    /// <summary>Of those, articles whose text states no fix level at all.</summary>
    public required int FixKeywordsTextSilent { get; init; }

    /// <summary>Fix-list articles ("List of Bugs Fixed in … Service Pack 4").</summary>
    public required int FixLists { get; init; }

    /// <summary>Articles those lists name that are in the content.</summary>
    public required int FixListEntries { get; init; }

    /// <summary>Of those, articles whose own fix levels (text or keywords) include the listed level.</summary>
    public required int FixListEntriesAgreeing { get; init; }
}
