using KbEngine.Core.Tests;
using KbEngine.Site.Output;

namespace KbEngine.Site.Tests.Output;

public sealed class SiteOutputTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void AnIncrementalBuildLacksWhatNeitherItNorThePreviousBuildWroteAndWhatItDeleted()
    {
        var site = Path.Combine(_folder.Path, "site");
        _folder.Write("site/kept/index.html", "kept");
        _folder.Write("site/gone/index.html", "gone");
        SiteState.Create(site, new SiteStateChange(
            "inputs", "identity", 0, 2, new Dictionary<string, ulong> { ["kept/index.html"] = 1, ["gone/index.html"] = 2 }, [], [], [], new Dictionary<string, ArticleTraces>(), [], []));
        using var previous = SiteState.TryOpen(site);
        Assert.NotNull(previous);
        var output = SiteOutput.Begin(site, previous, keepPrevious: true);
        output.Write("new/index.html", "new"u8);
        output.Delete("gone/index.html");

        var lacking = output.Lacking(["kept/index.html", "new/index.html", "gone/index.html", "never/index.html"]);

        Assert.Equal(["gone/index.html", "never/index.html"], lacking.Order(StringComparer.Ordinal));
        output.Abandon();
    }

    public void Dispose() => _folder.Dispose();
}
