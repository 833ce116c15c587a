namespace KbEngine.Core.Parsing;

/// <summary>Recognises the rules the KB text draws with <c>=</c> and <c>-</c>.</summary>
internal static class Rules
{
    /// <summary>The box and trailer rules are 70 to 79 characters; 40 is a safe floor below any heading underline.</summary>
    public const int LongRuleLength = 40;

    public static bool IsRule(ReadOnlySpan<char> trimmed, char c) =>
        trimmed.Length >= 2 && !trimmed.ContainsAnyExcept(c);

    public static bool IsLongRule(ReadOnlySpan<char> trimmed, char c) =>
        trimmed.Length >= LongRuleLength && IsRule(trimmed, c);
}
