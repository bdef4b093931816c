namespace CustomerGraph.GraphQL.Types;

/// <summary>"Did you mean …?" hints, ranked by lexical distance exactly as graphql-js ranks them.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first (graphql-js's <c>suggestionList</c>).</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var measure = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = measure.Measure(option, threshold);
            if (distance is { } d)
                distances[option] = d;
        }
        var result = distances.Keys.ToList();
        result.Sort(
            (a, b) =>
            {
                var diff = distances[a] - distances[b];
                return diff != 0 ? diff : NaturalCompare(a, b);
            }
        );
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" — empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
            return "";
        var message = " Did you mean ";
        if (subject is not null)
            message += subject + " ";
        return message + OrList(suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList()) + "?";
    }

    public static string OrList(IReadOnlyList<string> items) => FormatList("or", items);

    public static string AndList(IReadOnlyList<string> items) => FormatList("and", items);

    private static string FormatList(string conjunction, IReadOnlyList<string> items) =>
        items.Count switch
        {
            1 => items[0],
            2 => $"{items[0]} {conjunction} {items[1]}",
            _ => string.Join(", ", items.Take(items.Count - 1)) + $", {conjunction} " + items[^1],
        };

    /// <summary>Compares strings with runs of digits ordered by their numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = a[i];
            var cb = b[j];
            if (char.IsAsciiDigit(ca) && char.IsAsciiDigit(cb))
            {
                long na = 0;
                do
                {
                    ++i;
                    na = na * 10 + ca - '0';
                    ca = i < a.Length ? a[i] : '\0';
                } while (char.IsAsciiDigit(ca) && na > 0);
                long nb = 0;
                do
                {
                    ++j;
                    nb = nb * 10 + cb - '0';
                    cb = j < b.Length ? b[j] : '\0';
                } while (char.IsAsciiDigit(cb) && nb > 0);
                if (na != nb)
                    return na < nb ? -1 : 1;
            }
            else
            {
                if (ca != cb)
                    return ca < cb ? -1 : 1;
                ++i;
                ++j;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment), case-insensitive, with a threshold.</summary>
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
            if (input == option)
                return 0;
            var optionLowerCase = option.ToLowerInvariant();
            if (_inputLowerCase == optionLowerCase)
                return 1;
            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
                (a, b) = (b, a);
            if (a.Length - b.Length > threshold)
                return null;
            // b is never longer than the input, so rows sized for the input always fit.
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
