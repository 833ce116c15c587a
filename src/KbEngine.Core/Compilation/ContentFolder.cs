namespace KbEngine.Core.Compilation;

/// <summary>A folder of a content folder as the file system describes it.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="Modified">Its last write time, in UTC ticks: it changes when an entry is added, removed or renamed in it.</param>
public readonly record struct ContentFolder(string Path, long Modified);
