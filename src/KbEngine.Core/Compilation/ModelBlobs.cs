using System.IO.Compression;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Compilation;

/// <summary>Articles and records to and from the bytes the <c>articles</c> table holds (binary form, deflated).</summary>
internal static class ModelBlobs
{
    // Each compiling thread encodes into one buffer that it keeps: growing a new stream for every
    // blob, then copying it out to deflate it, was a tenth of what a compile allocated.
    [ThreadStatic]
    private static MemoryStream? _encoded;

    public static byte[] Encode(Article article) => Encoded(writer => writer.Write(article)).ToArray();

    public static byte[] Encode(KnowledgeRecord record) => Encoded(writer => writer.Write(record)).ToArray();

    /// <summary>The article's blob as the <c>article</c> column stores it.</summary>
    public static byte[] Deflated(Article article) => KnowledgeBaseCompiler.Deflate(Encoded(writer => writer.Write(article)).Span);

    /// <summary>The record's blob as the <c>knowledge</c> column stores it.</summary>
    public static byte[] Deflated(KnowledgeRecord record) => KnowledgeBaseCompiler.Deflate(Encoded(writer => writer.Write(record)).Span);

    /// <summary>What <paramref name="write"/> wrote, in this thread's buffer: valid until the thread encodes again.</summary>
    private static ReadOnlyMemory<byte> Encoded(Action<ModelWriter> write)
    {
        // One grown past 1 MB by a huge article is let go, so a long-lived thread does not keep it.
        var stream = _encoded is { Capacity: <= 1 << 20 } kept ? kept : _encoded = new MemoryStream(64 * 1024);
        stream.SetLength(0);
        using (var writer = new ModelWriter(stream))
        {
            write(writer);
        }

        return stream.GetBuffer().AsMemory(0, (int)stream.Length);
    }

    public static Article DecodeArticle(byte[] deflated, string articleId)
    {
        using var reader = new ModelReader(Inflate(deflated), articleId);
        return reader.ReadArticle();
    }

    public static KnowledgeRecord DecodeKnowledge(byte[] deflated, string articleId)
    {
        using var reader = new ModelReader(Inflate(deflated), articleId);
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
