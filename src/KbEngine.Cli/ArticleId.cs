namespace KbEngine.Cli;

/// <summary>Reads the article ids people type: <c>Q199534</c>, <c>q199534</c>, <c>199534</c>.</summary>
internal static class ArticleId
{
    public static string? Normalize(string text)
    {
        var digits = text.Trim().TrimStart('Q', 'q');
        return digits.Length is > 0 and <= 7 && digits.All(char.IsAsciiDigit)
            ? "Q" + digits.TrimStart('0').PadLeft(1, '0')
            : null;
    }
}
