namespace CustomerGraph.Customers.Common;

/// <summary>An expected failure of a domain operation, reported as data rather than thrown.</summary>
public abstract record DomainError(string Message);

/// <summary>The entity with <paramref name="Id"/> does not exist in the current account.</summary>
public sealed record NotFoundError(string EntityType, Guid Id, string Field)
    : DomainError($"{EntityType} '{Id}' was not found.");

/// <summary>An input value broke a rule; <paramref name="Field"/> is its path, e.g. "address.country" or "assign[2].assetId".</summary>
public sealed record ValidationError(string Field, string Code, string Message) : DomainError(Message);

/// <summary>The change collides with the stored state: a duplicate key or a stale version.</summary>
public sealed record ConflictError(string Field, string Code, string Message) : DomainError(Message);

/// <summary>The caller's token lacks <paramref name="Scope"/>, which the operation needs.</summary>
public sealed record ForbiddenError(string Scope, string ScopeDescription)
    : DomainError($"This operation needs the scope '{Scope}' ({ScopeDescription}).");

/// <summary>Codes carried by <see cref="ValidationError"/> and <see cref="ConflictError"/>.</summary>
public static class ErrorCodes
{
    public const string Required = "REQUIRED";
    public const string TooShort = "TOO_SHORT";
    public const string TooLong = "TOO_LONG";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidPhoneNumber = "INVALID_PHONE_NUMBER";
    public const string InvalidCountry = "INVALID_COUNTRY";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidCurrency = "INVALID_CURRENCY";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidValue = "INVALID_VALUE";
    public const string InvalidPattern = "INVALID_PATTERN";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string Duplicate = "DUPLICATE";
    public const string Immutable = "IMMUTABLE";
    public const string ReplacementRequired = "REPLACEMENT_REQUIRED";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string UnknownKey = "UNKNOWN_KEY";
    public const string NotApplicable = "NOT_APPLICABLE";
}
