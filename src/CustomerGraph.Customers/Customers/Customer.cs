using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Customers.Customers;

/// <summary>A customer of the account: a dealer, rental company, service provider or other business.</summary>
public sealed class Customer
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public required string Name { get; set; }

    public CustomerType Type { get; set; } = CustomerType.Other;

    public string? Description { get; set; }

    /// <summary>The id of this customer in the account's own systems; unique per account when set.</summary>
    public string? ExternalReference { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. +4512345678.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>An absolute http(s) URL.</summary>
    public string? Website { get; set; }

    public Address Address { get; set; } = new();

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every change.</summary>
    public int Version { get; set; }

    public List<CustomerContact> Contacts { get; set; } = [];

    public List<CustomerAssetAssignment> Assignments { get; set; } = [];

    public List<CustomFieldValue> CustomFieldValues { get; set; } = [];
}

/// <summary>The postal address of a customer; every part is optional.</summary>
public sealed class Address
{
    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DK.</summary>
    public string? Country { get; set; }
}

/// <summary>The kind of business a customer is.</summary>
public enum CustomerType
{
    Dealer,
    ServiceProvider,
    RentalCompany,
    Contractor,
    Oem,
    Other,

    /// <summary>Resells equipment bought from manufacturers (appended: existing values keep their place).</summary>
    Distributor,
}
