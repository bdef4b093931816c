namespace CustomerGraph.GraphQL;

/// <summary>"Did you mean …?" hints, computed as graphql-js does (lexical distance, at most five).</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first.</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = LexicalDistance(input, inputLower, option, threshold);
            if (distance is { } d)
                found.Add((option, d));
        }
        found.Sort(
            static (a, b) =>
                a.Distance != b.Distance
                    ? a.Distance.CompareTo(b.Distance)
                    : NaturalCompare(a.Option, b.Option)
        );
        return found.ConvertAll(f => f.Option);
    }

    /// <summary>The hint sentence with a leading space, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
            return "";
        var message = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    // Damerau–Levenshtein distance (optimal string alignment) over the lower-cased strings; a case-only
    // difference counts as 1. Returns null when the distance exceeds the threshold.
    private static int? LexicalDistance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
            return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
            return 1;
        var a = inputLower;
        var b = optionLower;
        if (a.Length < b.Length)
            (a, b) = (b, a);
        if (a.Length - b.Length > threshold)
            return null;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
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

    // graphql-js's naturalCompare: digit runs compare by numeric value.
    internal static int NaturalCompare(string a, string b)
    {
        int i = 0,
            j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                    i++;
                while (j < b.Length && char.IsAsciiDigit(b[j]))
                    j++;
                var numberA = decimal.Parse(a.AsSpan(startA, i - startA));
                var numberB = decimal.Parse(b.AsSpan(startB, j - startB));
                if (numberA != numberB)
                    return numberA < numberB ? -1 : 1;
                continue;
            }
            if (a[i] != b[j])
                return a[i] < b[j] ? -1 : 1;
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
