namespace KbEngine.Core.Compilation;

/// <summary>An article file of a content folder as the file system describes it.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Modified">Its last write time, in UTC ticks.</param>
public readonly record struct ContentFile(string Path, long Size, long Modified);
