using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// <c>sort=name,-createdAt</c>: keys of <typeparamref name="TField"/> (its members in camelCase), each ascending or,
/// with a leading minus, descending, each at most once; empty when blank.
/// </summary>
public sealed class QuerySort<TField> : IQueryParameter
    where TField : struct, Enum
{
    private static readonly Dictionary<string, TField> Keys = Enum.GetValues<TField>()
        .ToDictionary(field => JsonNamingPolicy.CamelCase.ConvertName(field.ToString()));

    private readonly List<(string Text, string Rule)> _rejected = [];

    /// <summary>The sort keys read, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<(TField Field, bool Descending)> Sorts { get; }

    private QuerySort(string text)
    {
        var sorts = new List<(TField, bool)>();
        foreach (
            var key in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        )
        {
            var descending = key.StartsWith('-');
            if (!Keys.TryGetValue(descending ? key[1..] : key, out var field))
                _rejected.Add(
                    (
                        key,
                        $"must be {string.Join(" or ", Keys.Keys)}, optionally with a leading - for descending order"
                    )
                );
            // Each key once: a repeated key adds nothing but another ORDER BY term.
            else if (sorts.Any(sort => EqualityComparer<TField>.Default.Equals(sort.Item1, field)))
                _rejected.Add((key, "each sort key may be given once"));
            else
                sorts.Add((field, descending));
        }
        Sorts = sorts;
    }

    /// <summary>True when the list has more than one key to combine, so the parameter is described as a list.</summary>
    public static bool IsList => Keys.Count > 1;

    /// <summary>The binding ASP.NET Core calls for a value sent; it always succeeds, null for a blank value.</summary>
    public static bool TryParse(string? text, out QuerySort<TField>? result)
    {
        result = string.IsNullOrWhiteSpace(text) ? null : new QuerySort<TField>(text);
        return true;
    }

    public IEnumerable<RestViolation> Violations(string name) =>
        _rejected.Select(rejected => RestViolation.Rejected(name, rejected.Text, rejected.Rule));
}
