namespace KbEngine.Core.Query;

/// <summary>The fields of an article that search tells apart; each has its own weight in <c>content/vocabulary/search.json</c>.</summary>
public enum SearchField
{
    /// <summary>The title.</summary>
    Title,

    /// <summary>The symptoms beyond the title.</summary>
    Symptoms,

    /// <summary>The error messages, their event ids and sources.</summary>
    Errors,

    /// <summary>The conditions.</summary>
    Conditions,

    /// <summary>Keywords, additional query words, products and the title's area code.</summary>
    Keywords,

    /// <summary>The cause.</summary>
    Cause,

    /// <summary>All the running text.</summary>
    Body,
}
