using System.Text.Json.Serialization;

namespace CustomerGraph.Api.Rest;

/// <summary>One value of type <typeparamref name="T"/> (a whole number, a date-time, …); absent when empty.</summary>
public readonly struct QueryValue<T> : IQueryParameter
    where T : struct
{
    private readonly string? _text;
    private readonly string? _rule;

    /// <summary>The value read; null when absent or unreadable.</summary>
    [JsonIgnore]
    public T? Value { get; }

    private QueryValue(string text)
    {
        _text = text;
        if (QueryItem.TryParse(typeof(T), text, out var value, out var rule))
            Value = (T)value!;
        else
            _rule = rule;
    }

    /// <summary>The binding ASP.NET Core calls for a value sent; it always succeeds.</summary>
    public static bool TryParse(string? text, out QueryValue<T> result)
    {
        result = string.IsNullOrEmpty(text) ? default : new QueryValue<T>(text);
        return true;
    }

    public IEnumerable<RestViolation> Violations(string name) =>
        _rule is null ? [] : [RestViolation.Rejected(name, _text, _rule)];
}
