namespace CustomerGraph.Customers.CustomFields;

/// <summary>An account-defined extra field on an entity type, with the rules its values must follow.</summary>
public sealed class CustomFieldDefinition
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public CustomFieldEntityType EntityType { get; set; } = CustomFieldEntityType.Customer;

    /// <summary>The stable identifier clients use; unique per account.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The value type; fixed once the definition exists.</summary>
    public CustomFieldType Type { get; set; }

    public bool UiVisible { get; set; } = true;

    public bool UiEditable { get; set; } = true;

    /// <summary>DROPDOWN: the allowed options, in display order.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>DROPDOWN: whether a value may select several options.</summary>
    public bool MultiSelect { get; set; }

    /// <summary>MONETARY: the ISO 4217 currency of every value.</summary>
    public string? Currency { get; set; }

    /// <summary>NUMBER: the smallest allowed value.</summary>
    public decimal? Minimum { get; set; }

    /// <summary>NUMBER: the largest allowed value.</summary>
    public decimal? Maximum { get; set; }

    /// <summary>NUMBER: the unit shown beside values, e.g. "h".</summary>
    public string? Unit { get; set; }

    /// <summary>STRING: the longest allowed value.</summary>
    public int? MaxLength { get; set; }

    /// <summary>STRING: a .NET regular expression every value must match in full.</summary>
    public string? Pattern { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every change (the REST ETag).</summary>
    public int Version { get; set; }
}

/// <summary>The type of values a custom field holds.</summary>
public enum CustomFieldType
{
    Boolean,
    Date,
    Dropdown,
    Email,

    /// <summary>Any JSON value, stored verbatim up to <see cref="CustomFieldRules.MaxJsonBytes"/>.</summary>
    Json,
    Monetary,
    Number,
    PhoneNumber,
    String,
    WebAddress,
}

/// <summary>The entity types custom fields can be defined for.</summary>
public enum CustomFieldEntityType
{
    Customer,
}
