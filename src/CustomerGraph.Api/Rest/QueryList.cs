using System.Text.Json.Serialization;

namespace CustomerGraph.Api.Rest;

/// <summary>A comma-separated list of <typeparamref name="T"/> (<c>type=OEM,DEALER</c>); absent when blank.</summary>
public sealed class QueryList<T> : IQueryParameter
{
    private readonly List<(string Text, string Rule)> _rejected = [];

    /// <summary>The items read, in order; unreadable ones are left out.</summary>
    [JsonIgnore]
    public IReadOnlyList<T> Items { get; }

    private QueryList(string text)
    {
        var items = new List<T>();
        foreach (
            var item in text.Split(
                ',',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            )
        )
        {
            if (QueryItem.TryParse(typeof(T), item, out var value, out var rule))
                items.Add((T)value!);
            else
                _rejected.Add((item, rule));
        }
        Items = items;
    }

    /// <summary>The binding ASP.NET Core calls for a value sent; it always succeeds, null for a blank value.</summary>
    public static bool TryParse(string? text, out QueryList<T>? result)
    {
        result = string.IsNullOrWhiteSpace(text) ? null : new QueryList<T>(text);
        return true;
    }

    public IEnumerable<RestViolation> Violations(string name) =>
        _rejected.Select(rejected => RestViolation.Rejected(name, rejected.Text, rejected.Rule));
}
