using System.Runtime.InteropServices;

namespace KbEngine.Core.Query;

/// <summary>
/// Accumulates the postings of every article, in document order, for the compiled knowledge base.
/// </summary>
/// <remarks>
/// A posting is the document's distance from the previous one (7-bit varint), a byte whose bits
/// say which fields hold the term, and the term's count in each of those fields (varints).
/// </remarks>
public sealed class SearchIndexWriter
{
    private static readonly int FieldCount = Enum.GetValues<SearchField>().Length;
    private readonly Dictionary<string, PostingsBuilder> _terms = new(StringComparer.Ordinal);
    private readonly List<ushort> _lengths = [];

    /// <summary>The number of documents added.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Adds the next document; documents are numbered from 0 in the order they are added.</summary>
    public void Add(DocumentTerms document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = DocumentCount++;
        var terms = document.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            ref var postings = ref CollectionsMarshal.GetValueRefOrAddDefault(_terms, terms[i], out _);
            postings ??= new PostingsBuilder();
            postings.Add(doc, document.CountsOf(i));
        }

        foreach (var length in document.Lengths)
        {
            _lengths.Add((ushort)Math.Min(length, ushort.MaxValue));
        }
    }

    /// <summary>Every term with its document frequency and encoded postings, in term order.</summary>
    public IEnumerable<(string Term, int DocumentFrequency, ReadOnlyMemory<byte> Postings)> Terms() =>
        _terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value.DocumentFrequency, t.Value.Bytes));

    /// <summary>The field lengths of every document: <see cref="DocumentCount"/> × fields, little-endian 16-bit.</summary>
    public byte[] Lengths()
    {
        var bytes = new byte[_lengths.Count * 2];
        for (var i = 0; i < _lengths.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), _lengths[i]);
        }

        return bytes;
    }

    /// <summary>
    /// One term's postings with some documents' counts replaced (null removes the document), for
    /// an update in place; the rest are copied as they were.
    /// </summary>
    /// <param name="postings">The term's encoded postings, or empty for a new term.</param>
    /// <param name="edits">The new counts per field of each edited document, or null to remove it.</param>
    /// <returns>The new document frequency (0: the term is gone) and postings.</returns>
    public static (int DocumentFrequency, byte[] Postings) Edit(ReadOnlySpan<byte> postings, IReadOnlyDictionary<int, ushort[]?> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var entries = new SortedDictionary<int, ushort[]>();
        var at = 0;
        var doc = -1;
        while (at < postings.Length)
        {
            doc += TermPostings.Varint(postings, ref at);
            var mask = postings[at++];
            var counts = new ushort[FieldCount];
            for (var f = 0; f < FieldCount; f++)
            {
                if ((mask & (1 << f)) != 0)
                {
                    counts[f] = (ushort)TermPostings.Varint(postings, ref at);
                }
            }

            entries[doc] = counts;
        }

        foreach (var (edited, counts) in edits)
        {
            if (counts is null || counts.All(c => c == 0))
            {
                entries.Remove(edited);
            }
            else
            {
                entries[edited] = counts;
            }
        }

        var result = new PostingsBuilder();
        foreach (var (document, counts) in entries)
        {
            result.Add(document, counts);
        }

        return (result.DocumentFrequency, result.Bytes.ToArray());
    }

    private sealed class PostingsBuilder
    {
        // A plain array grown by doubling: ArrayBufferWriter checked its size on every varint, which
        // showed in the compile's profile.
        private byte[] _bytes = new byte[16];
        private int _length;
        private int _last = -1;

        public int DocumentFrequency { get; private set; }

        public ReadOnlyMemory<byte> Bytes => _bytes.AsMemory(0, _length);

        public void Add(int doc, ReadOnlySpan<ushort> counts)
        {
            // At most 5 bytes of document gap, the mask, and 3 bytes per field's count.
            var needed = _length + 6 + (3 * FieldCount);
            if (needed > _bytes.Length)
            {
                System.Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
            }

            Varint(doc - _last);
            _last = doc;
            DocumentFrequency++;
            byte mask = 0;
            for (var f = 0; f < FieldCount; f++)
            {
                if (counts[f] > 0)
                {
                    mask |= (byte)(1 << f);
                }
            }

            _bytes[_length++] = mask;
            for (var f = 0; f < FieldCount; f++)
            {
                if (counts[f] > 0)
                {
                    Varint(counts[f]);
                }
            }
        }

        private void Varint(int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                _bytes[_length++] = (byte)(v | 0x80);
                v >>= 7;
            }

            _bytes[_length++] = (byte)v;
        }
    }
}
