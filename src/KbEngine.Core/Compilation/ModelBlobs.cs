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

    /// <summary>
    /// This thread's kept stream, emptied. One that a huge article grew past 1 MB is let go, so a
    /// long-lived thread (<c>kb build --watch</c>) does not keep it.
    /// </summary>
    private static MemoryStream Kept(ref MemoryStream? stream)
    {
        if (stream is not { Capacity: <= 1 << 20 })
        {
            stream = new MemoryStream(64 * 1024);
        }

        stream.SetLength(0);
        return stream;
    }

    public static Article DecodeArticle(byte[] deflated, string articleId)
    {
        using var reader = new ModelReader(Inflate(deflated), articleId);
        return reader.ReadArticle();
    }

    /// <summary>A record from its blob; <paramref name="isArticle"/> answers for references stored without knowing whether they exist.</summary>
    public static KnowledgeRecord DecodeKnowledge(byte[] deflated, string articleId, Func<string, bool>? isArticle = null)
    {
        using var reader = new ModelReader(Inflate(deflated), articleId, isArticle);
        return reader.ReadKnowledge();
    }

    public static byte[] InflateBytes(byte[] deflated)
    {
        using var output = new MemoryStream();
        using (var stream = Inflate(deflated))
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }

    private static BufferedStream Inflate(byte[] deflated) =>
        new BufferedStream(new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress), 16 * 1024);
}
