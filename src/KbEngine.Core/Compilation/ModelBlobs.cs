using System.IO.Compression;
using KbEngine.Core.Knowledge;
using KbEngine.Core.Model;

namespace KbEngine.Core.Compilation;

/// <summary>Articles and records to and from the bytes the <c>articles</c> table holds (binary form, deflated).</summary>
internal static class ModelBlobs
{
    public static byte[] Encode(Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = new ModelWriter(stream))
        {
            writer.Write(article);
        }

        return stream.ToArray();
    }

    public static byte[] Encode(KnowledgeRecord record)
    {
        using var stream = new MemoryStream();
        using (var writer = new ModelWriter(stream))
        {
            writer.Write(record);
        }

        return stream.ToArray();
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
