using System.IO.Compression;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Compilation;

/// <summary>Articles and records to and from the bytes the <c>articles</c> table holds (binary form, deflated).</summary>
internal static class ModelBlobs
{
    // Each compiling thread encodes into one buffer and deflates into another that it keeps:
    // growing new streams for every blob, and copying out between them, was a tenth of what a
    // compile allocated.
    [ThreadStatic]
    private static MemoryStream? _encoded;

    [ThreadStatic]
    private static MemoryStream? _deflated;

    // A thread lets go of a kept buffer that a huge article grew past this, so a long-lived thread
    // (kb build --watch) does not hold it.
    private const int KeptAtMost = 1 << 20;

    public static byte[] Encode(Article article) => Encoded(writer => writer.Write(article)).ToArray();

    public static byte[] Encode(KnowledgeRecord record) => Encoded(writer => writer.Write(record)).ToArray();

    /// <summary>The article's blob as the <c>article</c> column stores it.</summary>
    public static byte[] Deflated(Article article) => Deflate(Encoded(writer => writer.Write(article)).Span);

    /// <summary>The record's blob as the <c>knowledge</c> column stores it.</summary>
    public static byte[] Deflated(KnowledgeRecord record) => Deflate(Encoded(writer => writer.Write(record)).Span);

    /// <summary>Deflates bytes the way the <c>articles</c> table stores them; only the result is allocated.</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes)
    {
        var output = Kept(ref _deflated);
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>What <paramref name="write"/> wrote, in this thread's buffer: valid until the thread encodes again.</summary>
    private static ReadOnlyMemory<byte> Encoded(Action<ModelWriter> write)
    {
        var stream = Kept(ref _encoded);
        using (var writer = new ModelWriter(stream))
        {
            write(writer);
        }

        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    /// <summary>This thread's kept stream, emptied (a new one when it grew past <see cref="KeptAtMost"/>).</summary>
    private static MemoryStream Kept(ref MemoryStream? stream)
    {
        if (stream is not { Capacity: <= KeptAtMost })
        {
            stream = new MemoryStream(64 * 1024);
        }

        stream.SetLength(0);
        return stream;
    }

    public static Article DecodeArticle(byte[] deflated, string articleId)
    {
        using var reader = new ModelReader(Inflated(deflated), articleId);
        return reader.ReadArticle();
    }

    /// <summary>A record from its blob; <paramref name="isArticle"/> answers for references stored without knowing whether they exist.</summary>
    /// <remarks><paramref name="isArticle"/> runs while the blob is read from this thread's buffer: it must not decode a blob itself.</remarks>
    public static KnowledgeRecord DecodeKnowledge(byte[] deflated, string articleId, Func<string, bool>? isArticle = null)
    {
        using var reader = new ModelReader(Inflated(deflated), articleId, isArticle);
        return reader.ReadKnowledge();
    }

    /// <summary>The bytes of a blob, in an array of their own.</summary>
    public static byte[] InflateBytes(byte[] deflated) => Inflated(deflated).ToArray();

    /// <summary>A deflated UTF-8 text (the <c>raw</c> column) as a string.</summary>
    public static string InflateText(byte[] deflated)
    {
        var inflated = Inflated(deflated);
        return System.Text.Encoding.UTF8.GetString(inflated.GetBuffer(), 0, (int)inflated.Length);
    }

    // Decoding inflates into a buffer each thread keeps: a buffered inflating stream per blob
    // allocated 16 KB for it, which was 2 GB of the 11.5 GB a build of the archive allocated.
    [ThreadStatic]
    private static byte[]? _inflated;

    /// <summary>The blob inflated into this thread's buffer, valid until the thread inflates again.</summary>
    private static MemoryStream Inflated(byte[] deflated)
    {
        var buffer = _inflated ?? new byte[64 * 1024];
        var length = 0;
        using (var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress))
        {
            int read;
            while ((read = inflate.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }

        _inflated = buffer.Length <= KeptAtMost ? buffer : null;
        return new MemoryStream(buffer, 0, length, writable: false, publiclyVisible: true);
    }
}
