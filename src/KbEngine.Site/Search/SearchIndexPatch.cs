using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Newtonsoft.Json;

namespace KbEngine.Site.Search;

/// <summary>
/// Patches the search shards of a built site for articles that changed: each shard that held or
/// will hold one of their words is read from the live site, their postings replaced, and written
/// back; the manifest follows with the new sizes. Shards no article of the change touches stay as
/// they are.
/// </summary>
/// <remarks>Articles keep their positions (an incremental build never adds or removes one), so document frequencies stay true.</remarks>
internal sealed class SearchIndexPatch(string liveSite, PageWriter writer)
{
    /// <summary>Applies the changes; returns, for each changed article, the shards that now hold its words with the hash of its postings there.</summary>
    /// <param name="changes">Each changed article's position, its shards as the last build left them (see <see cref="PostingHashes"/>), and its terms now.</param>
    public IReadOnlyDictionary<int, IReadOnlyDictionary<string, ulong>> Apply(IReadOnlyList<(int Position, IReadOnlyDictionary<string, ulong> OldShards, (string Term, int Weight)[] Terms)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var manifest = JsonConvert.DeserializeObject<Manifest>(File.ReadAllText(Path.Combine(liveSite, SearchIndexBuilder.ManifestFile)))
            ?? throw new SiteBuildException($"{SearchIndexBuilder.ManifestFile}: empty");
        var shards = new SortedDictionary<string, int>(manifest.Shards, StringComparer.Ordinal);
        // Per shard, the articles whose postings in it changed, with their postings now: a shard none of them changed is left alone.
        var patches = new Dictionary<string, Dictionary<int, List<(string Term, int Weight)>>>(StringComparer.Ordinal);
        var result = new Dictionary<int, IReadOnlyDictionary<string, ulong>>();
        foreach (var (position, oldShards, terms) in changes)
        {
            var byShard = new Dictionary<string, List<(string Term, int Weight)>>(StringComparer.Ordinal);
            foreach (var (term, weight) in terms)
            {
                var key = ShardFor(term, shards);
                shards.TryAdd(key, 0);
                if (!byShard.TryGetValue(key, out var list))
                {
                    byShard[key] = list = [];
                }

                list.Add((term, weight));
            }

            var hashes = byShard.ToDictionary(s => s.Key, s => Hash(s.Value), StringComparer.Ordinal);
            foreach (var key in hashes.Keys.Union(oldShards.Keys, StringComparer.Ordinal))
            {
                if (hashes.GetValueOrDefault(key) != oldShards.GetValueOrDefault(key))
                {
                    if (!patches.TryGetValue(key, out var patch))
                    {
                        patches[key] = patch = [];
                    }

                    patch[position] = byShard.GetValueOrDefault(key) ?? [];
                }
            }

            result[position] = hashes;
        }

        foreach (var (key, patch) in patches)
        {
            Patch(key, patch, shards);
        }

        if (patches.Count > 0)
        {
            SearchIndexBuilder.WriteManifest(writer, manifest.Documents, shards);
        }

        return result;
    }

    /// <summary>For each shard that holds some of an article's terms, a hash of its postings there: what tells an incremental build which shards its change touches.</summary>
    public static Dictionary<string, ulong> PostingHashes(IEnumerable<(string Term, int Weight)> terms, Func<string, string> shardOf)
    {
        ArgumentNullException.ThrowIfNull(shardOf);
        // A shard holds the terms of a prefix, so the terms in order come a shard at a time and each
        // shard's hash is fed as the terms arrive. Should a shard ever come back, it is grouped instead.
        var sorted = terms.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Term, b.Term));
        var result = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var hash = new XxHash3();
        string? shard = null;
        Span<byte> line = stackalloc byte[256];
        foreach (var (term, weight) in sorted)
        {
            var next = shardOf(term);
            if (!string.Equals(next, shard, StringComparison.Ordinal))
            {
                if (shard is not null)
                {
                    result[shard] = hash.GetCurrentHashAsUInt64();
                    hash.Reset();
                }

                if (result.ContainsKey(next))
                {
                    return sorted.GroupBy(t => shardOf(t.Term), StringComparer.Ordinal).ToDictionary(g => g.Key, g => Hash(g), StringComparer.Ordinal);
                }

                shard = next;
            }

            AppendLine(hash, term, weight, line);
        }

        if (shard is not null)
        {
            result[shard] = hash.GetCurrentHashAsUInt64();
        }

        return result;
    }

    /// <summary>XxHash3 of the postings as lines "term weight", in term order; fed line by line, which hashes as the whole text would.</summary>
    private static ulong Hash(IEnumerable<(string Term, int Weight)> postings)
    {
        // Sixty thousand articles' postings are hashed at the end of a whole build: no string per line.
        var hash = new XxHash3();
        Span<byte> line = stackalloc byte[256];
        foreach (var (term, weight) in postings.OrderBy(p => p.Term, StringComparer.Ordinal))
        {
            AppendLine(hash, term, weight, line);
        }

        return hash.GetCurrentHashAsUInt64();
    }

    private static void AppendLine(XxHash3 hash, string term, int weight, Span<byte> line)
    {
        var bytes = Encoding.UTF8.GetMaxByteCount(term.Length) + 13 <= line.Length ? line : new byte[Encoding.UTF8.GetMaxByteCount(term.Length) + 13];
        var length = Encoding.UTF8.GetBytes(term, bytes);
        bytes[length++] = (byte)' ';
        weight.TryFormat(bytes[length..], out var digits, default, CultureInfo.InvariantCulture);
        length += digits;
        bytes[length++] = (byte)'\n';
        hash.Append(bytes[..length]);
    }

    /// <summary>Rewrites one shard of the live site with the postings of the patched articles replaced.</summary>
    private void Patch(string key, Dictionary<int, List<(string Term, int Weight)>> patch, SortedDictionary<string, int> shards)
    {
        var file = SearchIndexBuilder.TermShardFile(key);
        var live = Path.Combine(liveSite, file);
        var postings = new SortedDictionary<string, List<(int Document, int Weight)>>(StringComparer.Ordinal);
        if (File.Exists(live))
        {
            foreach (var (term, flat) in JsonConvert.DeserializeObject<Dictionary<string, int[]>>(File.ReadAllText(live)) ?? [])
            {
                var list = new List<(int, int)>(flat.Length / 2);
                for (int i = 0, document = 0; i + 1 < flat.Length; i += 2)
                {
                    document += flat[i];
                    if (!patch.ContainsKey(document))
                    {
                        list.Add((document, flat[i + 1]));
                    }
                }

                postings[term] = list;
            }
        }

        foreach (var (position, terms) in patch)
        {
            foreach (var (term, weight) in terms)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((position, weight));
            }
        }

        var kept = postings.Where(p => p.Value.Count > 0).Select(p => (p.Key, p.Value)).ToList();
        if (kept.Count == 0)
        {
            writer.Output.Delete(file);
            shards.Remove(key);
            return;
        }

        var json = SearchIndexBuilder.Shard(kept.Select(p => (p.Key, SearchIndexBuilder.Encode(p.Value))));
        writer.WriteFile(file, json);
        shards[key] = json.Length;
    }

    /// <summary>
    /// The shard a term belongs in, as <c>search.js</c> looks it up: the shortest of its prefixes
    /// (two characters or more) that is a shard; else its own short-term shard (<c>ab~</c>); else a
    /// new shard, keyed by its shortest prefix no other shard starts with.
    /// </summary>
    public static string ShardFor(string term, IReadOnlyDictionary<string, int> shards)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(shards);
        for (var length = 2; length <= term.Length; length++)
        {
            if (shards.ContainsKey(term[..length]))
            {
                return term[..length];
            }
        }

        if (shards.ContainsKey(term + "~"))
        {
            return term + "~";
        }

        for (var length = 2; length <= term.Length; length++)
        {
            var prefix = term[..length];
            if (!shards.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return prefix;
            }
        }

        return term + "~";
    }

    private sealed record Manifest(int Documents, Dictionary<string, int> Shards);
}
