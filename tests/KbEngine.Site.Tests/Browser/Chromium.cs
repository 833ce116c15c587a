namespace KbEngine.Site.Tests.Browser;

/// <summary>
/// The system's Chromium, which the browser tests drive through Playwright (Playwright's own browser
/// download is not used). Debian's <c>chromium</c> package puts it at /usr/bin/chromium; set
/// CHROMIUM_PATH to use another Chromium or Chrome.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string? ExecutablePath { get; } = Find();

    public static bool IsInstalled => ExecutablePath is not null;

    public static string SkipReason =>
        $"Chromium is not installed: expected {DefaultPath} (on Debian: sudo apt-get install chromium; .ci/run installs it), " +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable";

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (string.IsNullOrEmpty(path))
        {
            path = DefaultPath;
        }

        return File.Exists(path) ? path : null;
    }
}

/// <summary>A fact that needs Chromium: skipped, with how to install it, when it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = Chromium.SkipReason;
        }
    }
}
