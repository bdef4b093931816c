namespace CustomerGraph.Customers.Common;

/// <summary>The outcome of a domain operation: the value on success, otherwise every error found.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The produced value; null when the operation failed.</summary>
    public T? Value { get; }

    /// <summary>Every error found; empty on success.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0
            ? throw new ArgumentException("A failure needs at least one error.", nameof(errors))
            : new(default, errors);

    public static Result<T> Failure(DomainError error) => new(default, [error]);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(DomainError error) => Failure(error);
}
