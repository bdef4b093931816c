namespace CustomerGraph.GraphQL.Types;

/// <summary>The outcome of coercing one scalar value: the coerced value, or a message saying why it does not fit.</summary>
public readonly record struct ScalarResult(bool IsValid, object? Value, string? Error)
{
    public static ScalarResult Valid(object? value) => new(true, value, null);

    public static ScalarResult Invalid(string error) => new(false, null, error);
}
