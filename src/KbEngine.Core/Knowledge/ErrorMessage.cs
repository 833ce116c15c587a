namespace KbEngine.Core.Knowledge;

/// <summary>An error message an article quotes, as a separately searchable item.</summary>
/// <param name="Text">The message exactly, lines joined with single spaces, outer quotes removed.</param>
/// <param name="EventId">The event id of an event-log excerpt, or null.</param>
/// <param name="Source">The event source of an event-log excerpt (<c>MSExchangeMTA</c>), or null.</param>
/// <param name="Provenance">Where the message is quoted.</param>
public sealed record ErrorMessage(string Text, int? EventId, string? Source, Provenance Provenance);
