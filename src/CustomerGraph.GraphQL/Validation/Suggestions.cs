namespace CustomerGraph.GraphQL.Validation;

/// <summary>"Did you mean …?" hints computed exactly as graphql-js computes them.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// The options close to <paramref name="input"/> (Damerau–Levenshtein distance within 40% of its length,
    /// case differences counting as one), nearest first, ties in natural order.
    /// </summary>
    public static List<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var distances = new List<(string Option, int Distance)>();
        var measure = new LexicalDistance(input);
        var threshold = input.Length * 4 / 10 + 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option))
                continue;
            if (measure.Measure(option, threshold) is { } distance)
                distances.Add((option, distance));
        }
        return
        [
            .. distances
                .OrderBy(d => d.Distance)
                .ThenBy(d => d.Option, Comparer<string>.Create(NaturalCompare))
                .Select(d => d.Option),
        ];
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c> — or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary><c> Did you mean {subMessage} "a" or "b"?</c> — or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
            return "";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return subMessage is null ? $" Did you mean {list}?" : $" Did you mean {subMessage} {list}?";
    }

    /// <summary>Orders strings with runs of digits compared by numeric value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int aIndex = 0,
            bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                // As graphql-js: a run starting with 0 ends after that 0.
                long aNumber = 0;
                do
                {
                    aNumber = aNumber * 10 + (a[aIndex] - '0');
                    aIndex++;
                } while (aIndex < a.Length && char.IsAsciiDigit(a[aIndex]) && aNumber > 0);
                long bNumber = 0;
                do
                {
                    bNumber = bNumber * 10 + (b[bIndex] - '0');
                    bIndex++;
                } while (bIndex < b.Length && char.IsAsciiDigit(b[bIndex]) && bNumber > 0);
                if (aNumber != bNumber)
                    return aNumber < bNumber ? -1 : 1;
            }
            else
            {
                if (aChar != bChar)
                    return aChar < bChar ? -1 : 1;
                aIndex++;
                bIndex++;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Optimal string alignment distance with early exit beyond a threshold.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLowerCase = input.ToLowerInvariant();
        private readonly int[][] _rows =
        [
            new int[input.Length + 1],
            new int[input.Length + 1],
            new int[input.Length + 1],
        ];

        public int? Measure(string option, int threshold)
        {
            if (string.Equals(input, option, StringComparison.Ordinal))
                return 0;
            var optionLowerCase = option.ToLowerInvariant();
            if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
                return 1;

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
                (a, b) = (b, a);
            if (a.Length - b.Length > threshold)
                return null;

            var rows = _rows;
            for (var j = 0; j <= b.Length; j++)
                rows[0][j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(
                        Math.Min(upRow[j] + 1, currentRow[j - 1] + 1),
                        upRow[j - 1] + cost
                    );
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    if (currentCell < smallestCell)
                        smallestCell = currentCell;
                    currentRow[j] = currentCell;
                }
                if (smallestCell > threshold)
                    return null;
            }
            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
