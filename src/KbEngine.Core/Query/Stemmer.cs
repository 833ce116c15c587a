namespace KbEngine.Core.Query;

/// <summary>
/// Step 1 of Porter's English stemmer (plurals, -ed, -ing, -y): "connectors" and "connector",
/// "failed" and "fails", "replicating" and "replicated" meet.
/// </summary>
/// <remarks>
/// The later steps (-ational, -ness, -ment…) merge words that support engineers keep apart
/// ("configuration" and "configure" rank differently), and step 1 alone is where most of the
/// recall comes from in short queries.
/// </remarks>
public static class Stemmer
{
    /// <summary>The stem of a lower-case word; words with digits and short words are kept as they are.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = Step1A(word);
        w = Step1B(w);
        return Step1C(w);
    }

    private static string Step1A(string w) =>
        w.EndsWith("sses", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith("ies", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal) ? w
        : w.EndsWith('s') ? w[..^1]
        : w;

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w[..^3]) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2]))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3]))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (stem.Length >= 2 && stem[^1] == stem[^2] && IsConsonant(stem, stem.Length - 1) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static string Step1C(string w) =>
        w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    private static bool HasVowel(string w)
    {
        for (var i = 0; i < w.Length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Porter's m: the number of vowel-consonant sequences.</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i))
        {
            i++;
        }

        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i == w.Length)
            {
                break;
            }

            m++;
            while (i < w.Length && IsConsonant(w, i))
            {
                i++;
            }
        }

        return m;
    }

    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
        && w[^1] is not ('w' or 'x' or 'y');
}
