using System.Text;
using KbEngine.Core.Tree;

namespace KbEngine.Core.Compilation;

/// <summary>
/// A tree leaf to and from the <c>leaf</c> column, so that an update in place can rebuild the part
/// of the tree an article belongs to from its neighbours' leaves without decoding their records.
/// </summary>
internal static class TreeLeafBlob
{
    public static byte[] Encode(TreeLeaf leaf)
    {
        using var stream = new MemoryStream(256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(leaf.ArticleId);
            writer.Write(leaf.Title);
            writer.Write(leaf.Product);
            writer.Write(leaf.ProductName);
            writer.Write(leaf.Area);
            writer.Write7BitEncodedInt(leaf.Features.Length);
            foreach (var feature in leaf.Features)
            {
                writer.Write(feature.Key);
                writer.Write(feature.Question);
            }
        }

        return stream.ToArray();
    }

    public static TreeLeaf Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var id = reader.ReadString();
        var title = reader.ReadString();
        var product = reader.ReadString();
        var productName = reader.ReadString();
        var area = reader.ReadString();
        var features = new TreeFeature[reader.Read7BitEncodedInt()];
        for (var i = 0; i < features.Length; i++)
        {
            features[i] = new TreeFeature(reader.ReadString(), reader.ReadString());
        }

        return new TreeLeaf(id, title, product, productName, area, [.. features]);
    }
}
