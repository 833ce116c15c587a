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
    /// <summary>Applies the changes; returns each changed article's new shard keys.</summary>
    public IReadOnlyDictionary<int, string[]> Apply(IReadOnlyList<(int Position, string[] OldShards, (string Term, int Weight)[] Terms)> changes)
    {
        var manifest = JsonConvert.DeserializeObject<Manifest>(File.ReadAllText(Path.Combine(liveSite, SearchIndexBuilder.ManifestFile)))
            ?? throw new SiteBuildException($"{SearchIndexBuilder.ManifestFile}: empty");
        var shards = new SortedDictionary<string, int>(manifest.Shards, StringComparer.Ordinal);
        var added = new Dictionary<string, List<(string Term, int Position, int Weight)>>(StringComparer.Ordinal);
        var newShards = new Dictionary<int, string[]>();
        foreach (var (position, _, terms) in changes)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (term, weight) in terms)
            {
                var key = ShardFor(term, shards);
                shards.TryAdd(key, 0);
                keys.Add(key);
                if (!added.TryGetValue(key, out var list))
                {
                    added[key] = list = [];
                }

                list.Add((term, position, weight));
            }

            newShards[position] = [.. keys.Order(StringComparer.Ordinal)];
        }

        var positions = changes.Select(c => c.Position).ToHashSet();
        var affected = changes.SelectMany(c => c.OldShards).Concat(added.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var key in affected)
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
                        if (!positions.Contains(document))
                        {
                            list.Add((document, flat[i + 1]));
                        }
                    }

                    postings[term] = list;
                }
            }

            foreach (var (term, position, weight) in added.GetValueOrDefault(key) ?? [])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((position, weight));
            }

            var kept = postings.Where(p => p.Value.Count > 0).Select(p => (p.Key, p.Value)).ToList();
            if (kept.Count == 0)
            {
                writer.Output.Delete(file);
                shards.Remove(key);
                continue;
            }

            var json = SearchIndexBuilder.Shard(kept.Select(p => (p.Key, SearchIndexBuilder.Encode(p.Value))));
            writer.WriteFile(file, json);
            shards[key] = json.Length;
        }

        SearchIndexBuilder.WriteManifest(writer, manifest.Documents, shards);
        return newShards;
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
