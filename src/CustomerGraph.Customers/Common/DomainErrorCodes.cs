namespace CustomerGraph.Customers.Common;

/// <summary>Codes carried by <see cref="ValidationError"/> and <see cref="ConflictError"/>.</summary>
public static class DomainErrorCodes
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
