using System.Text;
using KbEngine.Site.Rendering;
using Scriban;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>
/// The Scriban templates of a templates folder, each parsed once per build and shared by every
/// rendering thread, and the static assets beside them.
/// </summary>
/// <remarks>
/// A parsed <see cref="Template"/> is immutable and safe to render from many threads; each render
/// gets its own <see cref="TemplateContext"/>, which is not.
/// </remarks>
public sealed class TemplateSet
{
    /// <summary>The template every page is placed in; it receives the page's HTML as <c>content</c>.</summary>
    public const string Layout = "layout";

    private readonly Dictionary<string, Template> _templates;

    // What the layout is given as content when it prints it as it is, to be replaced by the page's
    // own: a string no page has. Null when the layout does anything else with it.
    private readonly string? _slot;

    private TemplateSet(string folder, Dictionary<string, Template> templates)
    {
        Folder = folder;
        _templates = templates;
        _slot = ContentSlot.IsPlain(templates[Layout]) ? $"\u0001content-{Guid.NewGuid():N}\u0001" : null;
    }

    /// <summary>The templates folder.</summary>
    public string Folder { get; }

    /// <summary>Reads and parses every <c>*.html</c> template of <paramref name="folder"/>.</summary>
    /// <exception cref="SiteBuildException">The folder is missing, a template does not parse, or a required one is missing.</exception>
    public static TemplateSet Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new SiteBuildException($"{folder}: no such templates folder");
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.html", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            if (template.HasErrors)
            {
                errors.AddRange(template.Messages.Select(m => m.ToString()));
                continue;
            }

            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }

        if (errors.Count > 0)
        {
            throw new SiteBuildException("templates do not parse:\n  " + string.Join("\n  ", errors));
        }

        if (!templates.ContainsKey(Layout))
        {
            throw new SiteBuildException($"{folder}: no {Layout}.html template");
        }

        return new TemplateSet(Path.GetFullPath(folder), templates);
    }

    // Scriban builds its builtin functions (string, date, array…) anew for every context unless it
    // is given them: that was a tenth of the CPU of a full-archive build, two contexts per page.
    // The templates only read them, so one object serves every thread.
    internal static readonly ScriptObject Builtins = CreateBuiltins();

    /// <summary>Whether a template of that name exists.</summary>
    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders template <paramref name="name"/> with <paramref name="globals"/>, then the layout around it.</summary>
    /// <exception cref="SiteBuildException">The template is missing or fails while rendering.</exception>
    public string RenderPage(string name, ScriptObject globals) => RenderPageText(name, globals).ToString();

    /// <summary>
    /// Renders template <paramref name="name"/> with <paramref name="globals"/>, then the layout
    /// around it; when the layout prints the content as it is (see <see cref="ContentSlot"/>), the
    /// content is left for the caller to put in its place.
    /// </summary>
    /// <exception cref="SiteBuildException">The template is missing or fails while rendering.</exception>
    internal PageText RenderPageText(string name, ScriptObject globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var content = Render(name, globals);
        if (_slot is { } slot)
        {
            globals["content"] = slot;
            var layout = Render(Layout, globals);
            var at = layout.IndexOf(slot, StringComparison.Ordinal);
            if (at >= 0 && layout.IndexOf(slot, at + slot.Length, StringComparison.Ordinal) < 0)
            {
                return new PageText(layout, at, slot.Length, content);
            }
        }

        globals["content"] = content;
        return PageText.Whole(Render(Layout, globals));
    }

    /// <summary>Renders one template with <paramref name="globals"/>.</summary>
    /// <exception cref="SiteBuildException">The template is missing or fails while rendering.</exception>
    public string Render(string name, ScriptObject globals)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new SiteBuildException($"{Folder}: no {name}.html template");
        }

        var thread = ThisThread();
        var context = thread.Context;
        // The thread's own output: Template.Render takes its text and empties it, and the builder
        // keeps its capacity for the next page instead of growing a new one chunk by chunk.
        context.PushOutput(thread.Output);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            t_thread = null; // a render that failed half-way may leave the context's stacks uneven
            throw new SiteBuildException($"{name}.html: {e.Message}", e);
        }
        finally
        {
            if (t_thread?.Context == context)
            {
                context.PopGlobal();
                context.PopOutput();
            }
        }
    }

    /// <summary>
    /// Scriban's builtins, with <c>html.escape</c> done by <see cref="HtmlText.Escape"/>: the same
    /// characters as Scriban's own (<see cref="System.Net.WebUtility.HtmlEncode(string)"/>), in a
    /// tenth of the time on the raw text every article page shows.
    /// </summary>
    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var html = (ScriptObject)builtins["html"]!;
        html.SetValue("escape", new HtmlEscapeFunction(), readOnly: true);
        return builtins;
    }

    // A context costs a tenth of a page to make (its stacks, the includes, and the member
    // accessors it learns for each model type), so each rendering thread keeps one per set and
    // gives every page its own globals on top of it, and its output.
    [ThreadStatic]
    private static RenderThread? t_thread;

    private RenderThread ThisThread()
    {
        if (t_thread is { } kept && kept.Owner == this)
        {
            return kept;
        }

        var context = new TemplateContext(Builtins)
        {
            // Index pages list thousands of articles; Scriban's default guards stop at 1,000 iterations.
            LoopLimit = 0,
            RecursiveLimit = 0,
            // The body of an archive list (id/winnt/ lists 7,593 articles) is more than Scriban's default of 1 MB per string written: it would end in "...".
            LimitToString = 0,
            EnableRelaxedMemberAccess = true,
            TemplateLoader = new TemplateIncludes(Folder),
        };
        foreach (var (key, parsed) in _templates)
        {
            context.CachedTemplates[key] = parsed; // includes use the templates parsed once, not a fresh parse per page
        }

        context.PushGlobal(SiteFunctions.Instance);
        t_thread = new RenderThread(this, context, new StringBuilderOutput(new StringBuilder(16 * 1024)));
        return t_thread;
    }

    private sealed record RenderThread(TemplateSet Owner, TemplateContext Context, StringBuilderOutput Output);

    /// <summary>Every file that is not a template (CSS, scripts, images), by its path relative to the folder.</summary>
    public IEnumerable<(string Relative, string File)> Assets()
    {
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, file).Replace('\\', '/');
            if (relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !relative.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            yield return (relative, file);
        }
    }

    /// <summary>A hash of every template and asset, so a build knows when they changed.</summary>
    public string Fingerprint()
    {
        var hash = new System.IO.Hashing.XxHash3();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(Folder, file)));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
