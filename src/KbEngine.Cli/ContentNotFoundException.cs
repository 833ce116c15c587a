namespace KbEngine.Cli;

/// <summary>The content to read could not be opened; the message says what to pass instead.</summary>
internal sealed class ContentNotFoundException(string message) : Exception(message);
