using System.Formats.Tar;
using System.IO.Compression;

namespace KbEngine.Core.Tests;

/// <summary>A folder under the system temp folder, deleted when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kbengine-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a .tar.gz holding the given entries, in order.</summary>
    public string WriteTarGz(string name, IEnumerable<(string Name, byte[] Content)> entries)
    {
        var full = System.IO.Path.Combine(Path, name);
        using var file = File.Create(full);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (entryName, content) in entries)
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entryName) { DataStream = new MemoryStream(content) });
        }

        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
