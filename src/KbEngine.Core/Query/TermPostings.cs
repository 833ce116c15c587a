namespace KbEngine.Core.Query;

/// <summary>A term's decoded postings: the documents that hold it, and its count in each of their fields.</summary>
public sealed class TermPostings
{
    private TermPostings(int[] documents, ushort[] counts)
    {
        Documents = documents;
        Counts = counts;
    }

    /// <summary>No document.</summary>
    public static TermPostings Empty { get; } = new([], []);

    /// <summary>The documents, ascending.</summary>
    public int[] Documents { get; }

    /// <summary>Counts per document and field: <c>Counts[i * fields + field]</c>.</summary>
    public ushort[] Counts { get; }

    /// <summary>The number of documents.</summary>
    public int Count => Documents.Length;

    /// <summary>The position of a document in <see cref="Documents"/>, or a negative number.</summary>
    public int IndexOf(int document) => Array.BinarySearch(Documents, document);

    /// <summary>Decodes what <see cref="SearchIndexWriter"/> wrote.</summary>
    public static TermPostings Decode(ReadOnlySpan<byte> bytes, int fieldCount)
    {
        var documents = new List<int>(bytes.Length / 3);
        var counts = new List<ushort>(bytes.Length / 3 * fieldCount);
        var position = 0;
        var doc = -1;
        while (position < bytes.Length)
        {
            doc += Varint(bytes, ref position);
            documents.Add(doc);
            var mask = bytes[position++];
            for (var f = 0; f < fieldCount; f++)
            {
                counts.Add((mask & (1 << f)) != 0 ? (ushort)Varint(bytes, ref position) : (ushort)0);
            }
        }

        return new TermPostings([.. documents], [.. counts]);
    }

    private static int Varint(ReadOnlySpan<byte> bytes, ref int position)
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[position++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }
}
