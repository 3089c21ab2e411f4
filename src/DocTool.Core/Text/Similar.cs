namespace DocTool.Core.Text;

/// <summary>"Did you mean …?" suggestions by edit distance.</summary>
public static class Similar
{
    /// <summary>The candidate closest to <paramref name="word"/>, or null when none is close enough.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        var limit = Math.Max(2, word.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>The candidates ordered by closeness, the closest first (at most <paramref name="count"/>).</summary>
    public static IReadOnlyList<string> Nearest(string word, IEnumerable<string> candidates, int count) =>
        [.. candidates.OrderBy(c => Distance(word.ToLowerInvariant(), c.ToLowerInvariant())).ThenBy(c => c, StringComparer.Ordinal).Take(count)];

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
