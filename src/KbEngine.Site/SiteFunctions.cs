using System.Globalization;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>The few functions templates need beyond Scriban's built-ins; shared, read-only.</summary>
internal sealed class SiteFunctions : ScriptObject
{
    public static SiteFunctions Instance { get; } = new();

    private SiteFunctions()
    {
        // Methods, not delegates: Scriban calls a delegate through reflection (DynamicInvoke) each
        // time, and the tree pages call plural once per answer, 200,000 times a build.
        SetValue("count", DynamicCustomFunction.Create(null, typeof(SiteFunctions).GetMethod(nameof(FormatCount))!), readOnly: true);
        SetValue("plural", DynamicCustomFunction.Create(null, typeof(SiteFunctions).GetMethod(nameof(Plural))!), readOnly: true);
        IsReadOnly = true;
    }

    /// <summary>"60,335" whatever the machine's culture: the site reads the same on every build.</summary>
    public static string FormatCount(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 article", "2 articles".</summary>
    public static string Plural(int n, string one, string many) => $"{FormatCount(n)} {(n == 1 ? one : many)}";
}
