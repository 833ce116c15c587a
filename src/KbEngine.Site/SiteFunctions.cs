using System.Globalization;
using Scriban.Runtime;

namespace KbEngine.Site;

/// <summary>The few functions templates need beyond Scriban's built-ins; shared, read-only.</summary>
internal sealed class SiteFunctions : ScriptObject
{
    public static SiteFunctions Instance { get; } = new();

    private SiteFunctions()
    {
        // "60,335" whatever the machine's culture: the site reads the same on every build.
        this.Import("count", new Func<int, string>(n => n.ToString("N0", CultureInfo.InvariantCulture)));
        this.Import("plural", new Func<int, string, string, string>((n, one, many) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}"));
        IsReadOnly = true;
    }
}
