using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CustomerGraph.Customers.Common;

/// <summary>Collects every rule violation of one input so they are reported together, each with its field path.</summary>
public sealed partial class Validator
{
    /// <summary>The longest name, text field or note the model stores, in UTF-16 units.</summary>
    public const int MaxNameLength = 255;

    private readonly List<DomainError> _errors = [];

    /// <summary>The violations found so far.</summary>
    public IReadOnlyList<DomainError> Errors => _errors;

    /// <summary>True when no violation was found.</summary>
    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string code, string message) =>
        _errors.Add(new ValidationError(field, code, message));

    public void Add(DomainError error) => _errors.Add(error);

    /// <summary>A required name: 1 to 255 characters after trimming.</summary>
    public void RequiredName(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, DomainErrorCodes.Required, $"{field} is required.");
        else
            MaxLength(field, value, MaxNameLength);
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
            Add(field, DomainErrorCodes.TooLong, $"{field} must be at most {maxLength} characters long.");
    }

    public void Email(string field, string? value)
    {
        if (value is null)
            return;
        if (!IsEmail(value))
            Add(
                field,
                DomainErrorCodes.InvalidEmail,
                $"{field} must be an email address like name@example.com."
            );
        else
            MaxLength(field, value, MaxNameLength);
    }

    public void PhoneNumber(string field, string? value)
    {
        if (value is not null && !IsPhoneNumber(value))
            Add(
                field,
                DomainErrorCodes.InvalidPhoneNumber,
                $"{field} must be an E.164 phone number like +4512345678."
            );
    }

    public void Country(string field, string? value)
    {
        if (value is not null && !IsoCodes.Countries.Contains(value))
            Add(
                field,
                DomainErrorCodes.InvalidCountry,
                $"{field} must be an ISO 3166-1 alpha-2 country code like DK."
            );
    }

    public void WebAddress(string field, string? value)
    {
        if (value is null)
            return;
        if (!IsWebAddress(value))
            Add(field, DomainErrorCodes.InvalidUrl, $"{field} must be an absolute http or https URL.");
        else
            MaxLength(field, value, 2048);
    }

    public void Currency(string field, string? value)
    {
        if (value is not null && !IsoCodes.Currencies.Contains(value))
            Add(
                field,
                DomainErrorCodes.InvalidCurrency,
                $"{field} must be an ISO 4217 currency code like EUR."
            );
    }

    /// <summary>An address of the form local@domain with a dotted domain, as System.Net.Mail reads it.</summary>
    public static bool IsEmail(string value) =>
        value.Length <= MaxNameLength
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.')
        && !address.Host.EndsWith('.');

    /// <summary>E.164: a plus sign, a non-zero digit, then up to 14 more digits.</summary>
    public static bool IsPhoneNumber(string value) => E164().IsMatch(value);

    /// <summary>An absolute http or https URL with a host.</summary>
    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164();
}
