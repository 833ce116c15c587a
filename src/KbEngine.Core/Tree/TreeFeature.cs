using System.Globalization;

namespace KbEngine.Core.Tree;

/// <summary>A yes/no fact about an article, asked as a question in the decision tree.</summary>
/// <param name="Key">The stable id of the question (<c>version:exchange-server:5.5</c>, <c>event:246</c>, <c>word:connector</c>).</param>
/// <param name="Question">The question (<c>Does it happen on Microsoft Exchange Server 5.5?</c>).</param>
public sealed record TreeFeature(string Key, string Question)
{
    /// <summary>The article has an error message.</summary>
    public static TreeFeature ErrorMessage { get; } = new("error", "Do you see an error message?");

    /// <summary>The article applies to a version of a product.</summary>
    public static TreeFeature Version(string productId, string product, string version) =>
        new($"version:{productId}:{version}", $"Do you run {product} {version}?");

    /// <summary>The article's error is logged with an event id.</summary>
    public static TreeFeature Event(int eventId, string? source) =>
        new(string.Create(CultureInfo.InvariantCulture, $"event:{eventId}"), string.Create(CultureInfo.InvariantCulture, $"Do you see Event ID {eventId}{(source is null ? string.Empty : $" ({source})")}?"));

    /// <summary>The article has a bound condition.</summary>
    public static TreeFeature Condition(string key, string question) => new($"condition:{key}", question);

    /// <summary>The article's title has a word.</summary>
    public static TreeFeature Word(string term, string word) => new($"word:{term}", $"Is it about “{word}”?");
}
