namespace KbEngine.Core.Query;

/// <summary>
/// A term's decoded postings, ready to score: the documents that hold it, the term's weighted
/// and length-normalised frequency in each (BM25F's combined tf), and which fields hold it.
/// </summary>
public sealed class TermPostings
{
    private TermPostings(int[] documents, float[] frequencies, byte[] fields)
    {
        Documents = documents;
        Frequencies = frequencies;
        Fields = fields;
    }

    /// <summary>No document.</summary>
    public static TermPostings Empty { get; } = new([], [], []);

    /// <summary>The documents, ascending.</summary>
    public int[] Documents { get; }

    /// <summary>For each document, the sum over fields of count × field weight ÷ length normalisation.</summary>
    public float[] Frequencies { get; }

    /// <summary>For each document, a bit per <see cref="SearchField"/> that holds the term.</summary>
    public byte[] Fields { get; }

    /// <summary>The number of documents.</summary>
    public int Count => Documents.Length;

    /// <summary>The position of a document in <see cref="Documents"/>, or a negative number.</summary>
    public int IndexOf(int document) => Array.BinarySearch(Documents, document);

    /// <summary>Whether the document at <paramref name="position"/> holds the term in <paramref name="field"/>.</summary>
    public bool InField(int position, SearchField field) => (Fields[position] & (1 << (int)field)) != 0;

    /// <summary>
    /// Decodes what <see cref="SearchIndexWriter"/> wrote for a term held by
    /// <paramref name="documentFrequency"/> documents, weighting each field's count by
    /// <paramref name="norms"/> (documents × fields).
    /// </summary>
    public static TermPostings Decode(ReadOnlySpan<byte> bytes, int fieldCount, int documentFrequency, float[] norms)
    {
        ArgumentNullException.ThrowIfNull(norms);
        // Sized once from the document frequency: the common terms of a query have tens of thousands of postings.
        var documents = new int[documentFrequency];
        var frequencies = new float[documentFrequency];
        var fields = new byte[documentFrequency];
        var position = 0;
        var doc = -1;
        for (var i = 0; i < documentFrequency && position < bytes.Length; i++)
        {
            doc += Varint(bytes, ref position);
            documents[i] = doc;
            var mask = bytes[position++];
            fields[i] = mask;
            var tf = 0f;
            for (var f = 0; mask != 0; f++, mask >>= 1)
            {
                if ((mask & 1) != 0)
                {
                    tf += Varint(bytes, ref position) * norms[(doc * fieldCount) + f];
                }
            }

            frequencies[i] = tf;
        }

        return new TermPostings(documents, frequencies, fields);
    }

    /// <summary>Reads one 7-bit varint of the postings form at <paramref name="position"/> and moves past it.</summary>
    internal static int Varint(ReadOnlySpan<byte> bytes, ref int position)
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
