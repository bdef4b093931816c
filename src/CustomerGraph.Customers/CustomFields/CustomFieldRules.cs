using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>The rules of custom field definitions and of the values they accept.</summary>
public static partial class CustomFieldRules
{
    /// <summary>The longest key.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The longest STRING value and description.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The largest JSON value, in UTF-8 bytes of its text.</summary>
    public const int MaxJsonBytes = 64 * 1024;

    // A pattern that backtracks longer than this rejects the value instead of stalling the request.
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    // Stored values are data, never embedded in HTML: keep '+', quotes and non-ASCII text readable.
    private static readonly JsonSerializerOptions StoredJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The canonical stored JSON of a value.</summary>
    internal static string ToJson<T>(T value) => JsonSerializer.Serialize(value, StoredJson);

    internal static void Validate(CustomFieldDefinition definition, Validator validator)
    {
        if (!KeyFormat().IsMatch(definition.Key))
            validator.Add(
                "key",
                DomainErrorCodes.InvalidValue,
                $"key must start with a letter and contain only letters, digits and '_' (at most {MaxKeyLength})."
            );
        validator.RequiredName("title", definition.Title);
        validator.MaxLength("description", definition.Description, MaxTextLength);
        var type = definition.Type;
        NotApplicable(validator, "options", definition.Options.Count > 0, type, CustomFieldType.Dropdown);
        NotApplicable(validator, "multiSelect", definition.MultiSelect, type, CustomFieldType.Dropdown);
        NotApplicable(validator, "currency", definition.Currency is not null, type, CustomFieldType.Monetary);
        NotApplicable(validator, "minimum", definition.Minimum is not null, type, CustomFieldType.Number);
        NotApplicable(validator, "maximum", definition.Maximum is not null, type, CustomFieldType.Number);
        NotApplicable(validator, "unit", definition.Unit is not null, type, CustomFieldType.Number);
        NotApplicable(validator, "maxLength", definition.MaxLength is not null, type, CustomFieldType.String);
        NotApplicable(validator, "pattern", definition.Pattern is not null, type, CustomFieldType.String);
        switch (type)
        {
            case CustomFieldType.Dropdown:
                ValidateOptions(definition.Options, validator);
                break;
            case CustomFieldType.Monetary:
                if (definition.Currency is null)
                    validator.Add(
                        "currency",
                        DomainErrorCodes.Required,
                        "currency is required for MONETARY fields."
                    );
                validator.Currency("currency", definition.Currency);
                break;
            case CustomFieldType.Number:
                if (definition.Minimum > definition.Maximum)
                    validator.Add(
                        "minimum",
                        DomainErrorCodes.OutOfRange,
                        "minimum must not be greater than maximum."
                    );
                validator.MaxLength("unit", definition.Unit, 32);
                break;
            case CustomFieldType.String:
                if (definition.MaxLength is < 1 or > MaxTextLength)
                    validator.Add(
                        "maxLength",
                        DomainErrorCodes.OutOfRange,
                        $"maxLength must be between 1 and {MaxTextLength}."
                    );
                if (definition.Pattern is { } pattern && !IsValidPattern(pattern))
                    validator.Add(
                        "pattern",
                        DomainErrorCodes.InvalidPattern,
                        "pattern is not a valid regular expression."
                    );
                break;
        }
    }

    /// <summary>
    /// Checks <paramref name="value"/> against <paramref name="definition"/> and returns its canonical JSON, or
    /// null with a reason when the value does not fit.
    /// </summary>
    public static string? Normalize(
        CustomFieldDefinition definition,
        JsonElement value,
        out (string Code, string Message) problem
    )
    {
        problem = default;
        var kind = value.ValueKind;
        switch (definition.Type)
        {
            case CustomFieldType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return kind == JsonValueKind.True ? "true" : "false";
            case CustomFieldType.Boolean:
                problem = (DomainErrorCodes.InvalidValue, "The value must be true or false.");
                return null;
            case CustomFieldType.Number or CustomFieldType.Monetary:
                return NormalizeNumber(definition, value, ref problem);
            case CustomFieldType.Dropdown:
                return NormalizeDropdown(definition, value, ref problem);
            case CustomFieldType.Json:
                return NormalizeJson(value, ref problem);
        }
        if (kind != JsonValueKind.String)
        {
            problem = (DomainErrorCodes.InvalidValue, "The value must be a string.");
            return null;
        }
        var text = value.GetString()!;
        var valid = definition.Type switch
        {
            CustomFieldType.Date => DateOnly.TryParseExact(
                text,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out _
            ),
            CustomFieldType.Email => Validator.IsEmail(text),
            CustomFieldType.PhoneNumber => Validator.IsPhoneNumber(text),
            CustomFieldType.WebAddress => Validator.IsWebAddress(text),
            _ => true,
        };
        if (!valid)
        {
            problem = (
                DomainErrorCodes.InvalidValue,
                $"The value is not a valid {Describe(definition.Type)}."
            );
            return null;
        }
        if (definition.Type == CustomFieldType.String)
        {
            var maxLength = definition.MaxLength ?? MaxTextLength;
            if (text.Length > maxLength)
            {
                problem = (
                    DomainErrorCodes.TooLong,
                    $"The value must be at most {maxLength} characters long."
                );
                return null;
            }
            if (definition.Pattern is { } pattern && !MatchesPattern(pattern, text))
            {
                problem = (
                    DomainErrorCodes.InvalidPattern,
                    $"The value does not match the pattern {pattern}."
                );
                return null;
            }
        }
        return ToJson(text);
    }

    // Stored as the caller wrote it: JSON values are the caller's documents, not ours to reformat.
    private static string? NormalizeJson(JsonElement value, ref (string Code, string Message) problem)
    {
        var text = value.GetRawText();
        if (Encoding.UTF8.GetByteCount(text) <= MaxJsonBytes)
            return text;
        problem = (DomainErrorCodes.TooLong, $"The value must be at most {MaxJsonBytes} bytes of JSON.");
        return null;
    }

    /// <summary>
    /// The stored STRING value <paramref name="json"/> cut to the definition's maxLength, or null when it is no
    /// over-long string or the cut value still does not fit (e.g. a pattern).
    /// </summary>
    internal static string? Truncate(CustomFieldDefinition definition, JsonElement json)
    {
        if (
            definition is not { Type: CustomFieldType.String, MaxLength: { } maxLength }
            || json.ValueKind != JsonValueKind.String
            || json.GetString() is not { } text
            || text.Length <= maxLength
        )
            return null;
        // Never split a surrogate pair: the cut text must stay valid UTF-16.
        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        using var cut = JsonDocument.Parse(ToJson(text[..length]));
        return Normalize(definition, cut.RootElement, out _);
    }

    private static string? NormalizeNumber(
        CustomFieldDefinition definition,
        JsonElement value,
        ref (string Code, string Message) problem
    )
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            problem = (DomainErrorCodes.InvalidValue, "The value must be a number.");
            return null;
        }
        if (number < definition.Minimum || number > definition.Maximum)
        {
            problem = (
                DomainErrorCodes.OutOfRange,
                $"The value must be between {definition.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}"
                    + $" and {definition.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "∞"}."
            );
            return null;
        }
        return number.ToString(CultureInfo.InvariantCulture);
    }

    private static string? NormalizeDropdown(
        CustomFieldDefinition definition,
        JsonElement value,
        ref (string Code, string Message) problem
    )
    {
        List<string> selected;
        if (value.ValueKind == JsonValueKind.String)
            selected = [value.GetString()!];
        else if (
            definition.MultiSelect
            && value.ValueKind == JsonValueKind.Array
            && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String)
        )
            selected = value.EnumerateArray().Select(item => item.GetString()!).Distinct().ToList();
        else
        {
            problem = (
                DomainErrorCodes.InvalidValue,
                definition.MultiSelect
                    ? "The value must be an option or a list of options."
                    : "The value must be one option."
            );
            return null;
        }
        if (selected.FirstOrDefault(option => !definition.Options.Contains(option)) is { } unknown)
        {
            problem = (DomainErrorCodes.InvalidValue, $"'{unknown}' is not one of the field's options.");
            return null;
        }
        return definition.MultiSelect ? ToJson(selected) : ToJson(selected[0]);
    }

    private static void ValidateOptions(List<string> options, Validator validator)
    {
        if (options.Count == 0)
            validator.Add(
                "options",
                DomainErrorCodes.Required,
                "A DROPDOWN field needs at least one option."
            );
        for (var index = 0; index < options.Count; index++)
            validator.RequiredName($"options[{index}]", options[index]);
        if (options.Distinct().Count() != options.Count)
            validator.Add("options", DomainErrorCodes.Duplicate, "Options must be distinct.");
    }

    private static void NotApplicable(
        Validator validator,
        string field,
        bool isSet,
        CustomFieldType type,
        CustomFieldType appliesTo
    )
    {
        if (isSet && type != appliesTo)
            validator.Add(
                field,
                DomainErrorCodes.NotApplicable,
                $"{field} applies only to {Describe(appliesTo)} fields, not {Describe(type)}."
            );
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // The pattern must match the whole value, not a part of it.
    private static bool MatchesPattern(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The API name of a type, e.g. PHONE_NUMBER.</summary>
    internal static string Describe(CustomFieldType type) => EnumNames.Of(type);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex KeyFormat();
}
