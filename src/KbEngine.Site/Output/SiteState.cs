using System.Text;

namespace KbEngine.Site.Output;

/// <summary>
/// What a build leaves beside the site for the next one: the knowledge base (identity and
/// generation) and inputs it was built from, every file with the hash of its bytes, and for each
/// article what other pages show of it, so that the next build can rewrite only what depends on
/// the articles that changed.
/// </summary>
/// <remarks>Kept in a file beside the output folder (<c>.site.kb-build</c> for <c>site/</c>), so it is never published with the site.</remarks>
internal sealed class SiteState
{
    private const int FormatVersion = 1;
    private const string Magic = "kb-site-state";

    /// <summary>The hash of everything besides the knowledge base that the pages depend on: templates, options, estate, engine.</summary>
    public required string Inputs { get; init; }

    /// <summary>The knowledge base's <see cref="Core.Compilation.KnowledgeBase.Identity"/>.</summary>
    public required string Identity { get; init; }

    /// <summary>The knowledge base's generation the site shows.</summary>
    public required long Generation { get; init; }

    /// <summary>Every file of the site (relative path) with the XxHash3 of its bytes.</summary>
    public required Dictionary<string, ulong> Files { get; init; }

    /// <summary>The URL of every page (the sitemap's list).</summary>
    public required HashSet<string> Pages { get; init; }

    /// <summary>Per article id, what the pages of others show of it.</summary>
    public required Dictionary<string, ArticleTraces> Articles { get; init; }

    /// <summary>The state file of an output folder.</summary>
    public static string PathFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? full, $".{Path.GetFileName(full)}.kb-build");
    }

    /// <summary>The state of the last build of <paramref name="output"/>, or null when there is none usable (missing, damaged, other version).</summary>
    public static SiteState? TryLoad(string output)
    {
        var file = PathFor(output);
        if (!File.Exists(file) || !Directory.Exists(output))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 20), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return null;
            }

            var inputs = reader.ReadString();
            var identity = reader.ReadString();
            var generation = reader.ReadInt64();
            var fileCount = reader.ReadInt32();
            var files = new Dictionary<string, ulong>(fileCount, StringComparer.Ordinal);
            for (var i = 0; i < fileCount; i++)
            {
                files[reader.ReadString()] = reader.ReadUInt64();
            }

            var pageCount = reader.ReadInt32();
            var pages = new HashSet<string>(pageCount, StringComparer.Ordinal);
            for (var i = 0; i < pageCount; i++)
            {
                pages.Add(reader.ReadString());
            }

            var articleCount = reader.ReadInt32();
            var articles = new Dictionary<string, ArticleTraces>(articleCount, StringComparer.Ordinal);
            for (var i = 0; i < articleCount; i++)
            {
                var id = reader.ReadString();
                articles[id] = new ArticleTraces(reader.ReadUInt64(), Strings(reader), Strings(reader), Strings(reader));
            }

            return new SiteState { Inputs = inputs, Identity = identity, Generation = generation, Files = files, Pages = pages, Articles = articles };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException)
        {
            return null; // a damaged state only costs a full build
        }
    }

    /// <summary>Writes the state beside <paramref name="output"/>, atomically.</summary>
    public void Save(string output)
    {
        var file = PathFor(output);
        var temporary = file + ".tmp";
        // Not compressed: deflating the 15 MB of the archive's site took longer than writing them.
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 20), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Inputs);
            writer.Write(Identity);
            writer.Write(Generation);
            writer.Write(Files.Count);
            foreach (var (path, hash) in Files)
            {
                writer.Write(path);
                writer.Write(hash);
            }

            writer.Write(Pages.Count);
            foreach (var page in Pages)
            {
                writer.Write(page);
            }

            writer.Write(Articles.Count);
            foreach (var (id, traces) in Articles)
            {
                writer.Write(id);
                writer.Write(traces.Listing);
                Write(writer, traces.Cites);
                Write(writer, traces.ArchiveIndexes);
                Write(writer, traces.SearchShards);
            }
        }

        File.Move(temporary, file, overwrite: true);
    }

    private static string[] Strings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }

    private static void Write(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}
