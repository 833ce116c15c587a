using System.Net;
using System.Text;
using KbEngine.Site.Rendering;

namespace KbEngine.Site.Tests.Rendering;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain text, nothing to escape")]
    [InlineData("<p class=\"x\">Tom & Jerry's</p>")]
    [InlineData("caf\u00e9 \u00a0non-breaking \u00ff \u0100 \u2013 dash \u0080\u009f")]
    [InlineData("emoji \ud83d\ude00 and a lone \ud83d surrogate, a lone \ude00 one, and one at the end \ud83d")]
    [InlineData("&amp; already escaped, <<>> \"\"''")]
    public void EscapingGivesWhatWebUtilityGives(string text)
    {
        Assert.Equal(WebUtility.HtmlEncode(text), HtmlText.Escape(text));
        var appended = new StringBuilder("before:");
        HtmlText.Append(appended, text);
        Assert.Equal("before:" + WebUtility.HtmlEncode(text), appended.ToString());
    }

    [Fact]
    public void EscapingGivesWhatWebUtilityGivesForEveryCharacter()
    {
        // Every UTF-16 code unit once, between plain text, so each one meets the run-at-a-time search.
        var text = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            text.Append("ab").Append((char)c);
        }

        Assert.Equal(WebUtility.HtmlEncode(text.ToString()), HtmlText.Escape(text.ToString()));
    }

    [Fact]
    public void TextWithNothingToEscapeIsReturnedAsItIs()
    {
        var text = "nothing to escape here \u2013 not even this";
        Assert.Same(text, HtmlText.Escape(text));
        Assert.Null(HtmlText.Escape(null));
    }
}
