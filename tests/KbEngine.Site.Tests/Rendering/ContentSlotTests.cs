using KbEngine.Core.Tests;
using KbEngine.Site.Rendering;
using Scriban;
using Scriban.Runtime;

namespace KbEngine.Site.Tests.Rendering;

public sealed class ContentSlotTests
{
    [Theory]
    [InlineData("<main>{{ content }}</main>")]
    [InlineData("<title>{{ title | html.escape }}</title>\n<main>\n{{~ content ~}}\n</main>{{ if x }}{{ root }}{{ end }}")]
    public void ALayoutThatPrintsTheContentAsItIsHasASlot(string layout) =>
        Assert.True(ContentSlot.IsPlain(Template.Parse(layout)));

    [Theory]
    [InlineData("<main>{{ content | string.upcase }}</main>")]
    [InlineData("<main>{{ if content.size > 10 }}{{ content }}{{ end }}</main>")]
    [InlineData("{{ content }}{{ content }}")]
    [InlineData("{{ for i in 1..2 }}{{ content }}{{ end }}")]
    [InlineData("{{ capture c }}{{ content }}{{ end }}{{ c | string.downcase }}")]
    [InlineData("{{ include 'part' }}{{ content }}")]
    [InlineData("{{ content }}{{ this.content }}")]
    [InlineData("<main></main>")]
    public void ALayoutThatDoesAnythingElseWithTheContentHasNone(string layout) =>
        Assert.False(ContentSlot.IsPlain(Template.Parse(layout)));

    [Theory]
    [InlineData("<main>{{ content }}</main>")]
    [InlineData("<main>{{ content | string.upcase }}</main>")]
    public void APageReadsTheSameWithOrWithoutTheSlot(string layout)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "layout.html"), layout);
        File.WriteAllText(Path.Combine(folder.Path, "page.html"), "<p>{{ page }} & more</p>");
        var templates = TemplateSet.Load(folder.Path);
        var html = templates.RenderPage("page", new ScriptObject { ["page"] = "Hello" });
        var expected = layout.Contains("upcase", StringComparison.Ordinal) ? "<main><P>HELLO & MORE</P></main>" : "<main><p>Hello & more</p></main>";
        Assert.Equal(expected, html);
    }
}
