namespace KbEngine.Core.Ingest;

/// <summary>One file read from a content source, before anything is known about its text.</summary>
/// <param name="Path">The file path, or <c>archive.tar.gz!entry</c> for an archive entry.</param>
/// <param name="Content">The raw bytes of the file.</param>
public sealed record SourceDocument(string Path, ReadOnlyMemory<byte> Content);
