using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Customers;

/// <summary>The rules a customer's fields must satisfy, checked on the state a change would produce.</summary>
public static class CustomerRules
{
    /// <summary>The longest description stored.</summary>
    public const int MaxDescriptionLength = 4000;

    internal static void Validate(Customer customer, Validator validator)
    {
        validator.RequiredName("name", customer.Name);
        validator.MaxLength("description", customer.Description, MaxDescriptionLength);
        validator.MaxLength("externalReference", customer.ExternalReference, Validator.MaxNameLength);
        validator.Email("email", customer.Email);
        validator.PhoneNumber("phoneNumber", customer.PhoneNumber);
        validator.WebAddress("website", customer.Website);
        var address = customer.Address;
        validator.MaxLength("address.streetAddress", address.StreetAddress, Validator.MaxNameLength);
        validator.MaxLength("address.postalCode", address.PostalCode, 32);
        validator.MaxLength("address.city", address.City, Validator.MaxNameLength);
        validator.MaxLength("address.region", address.Region, Validator.MaxNameLength);
        validator.Country("address.country", address.Country);
    }

    internal static void Apply(Customer customer, CreateCustomerInput input)
    {
        customer.Name = input.Name?.Trim() ?? "";
        customer.Type = input.Type ?? CustomerType.Other;
        customer.Description = Text.Clean(input.Description);
        customer.ExternalReference = Text.Clean(input.ExternalReference);
        customer.Email = Text.Clean(input.Email);
        customer.PhoneNumber = Text.Clean(input.PhoneNumber);
        customer.Website = Text.Clean(input.Website);
        var address = input.Address ?? new AddressInput();
        customer.Address = new Address
        {
            StreetAddress = Text.Clean(address.StreetAddress),
            PostalCode = Text.Clean(address.PostalCode),
            City = Text.Clean(address.City),
            Region = Text.Clean(address.Region),
            Country = Text.Clean(address.Country)?.ToUpperInvariant(),
        };
    }

    internal static void Apply(Customer customer, CustomerPatch patch)
    {
        if (patch.Name.HasValue)
            customer.Name = patch.Name.Value?.Trim() ?? "";
        if (patch.Type.HasValue)
            customer.Type = patch.Type.Value ?? CustomerType.Other;
        customer.Description = Patches.Text(patch.Description, customer.Description);
        customer.ExternalReference = Patches.Text(patch.ExternalReference, customer.ExternalReference);
        customer.Email = Patches.Text(patch.Email, customer.Email);
        customer.PhoneNumber = Patches.Text(patch.PhoneNumber, customer.PhoneNumber);
        customer.Website = Patches.Text(patch.Website, customer.Website);
        if (!patch.Address.HasValue)
            return;
        var address = patch.Address.Value ?? ClearAll;
        var current = customer.Address;
        current.StreetAddress = Patches.Text(address.StreetAddress, current.StreetAddress);
        current.PostalCode = Patches.Text(address.PostalCode, current.PostalCode);
        current.City = Patches.Text(address.City, current.City);
        current.Region = Patches.Text(address.Region, current.Region);
        current.Country = Patches.Text(address.Country, current.Country)?.ToUpperInvariant();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> hold the same customer fields (ids, times and versions aside).</summary>
    internal static bool SameFields(Customer a, Customer b) =>
        a.Name == b.Name
        && a.Type == b.Type
        && a.Description == b.Description
        && a.ExternalReference == b.ExternalReference
        && a.Email == b.Email
        && a.PhoneNumber == b.PhoneNumber
        && a.Website == b.Website
        && a.Address.StreetAddress == b.Address.StreetAddress
        && a.Address.PostalCode == b.Address.PostalCode
        && a.Address.City == b.Address.City
        && a.Address.Region == b.Address.Region
        && a.Address.Country == b.Address.Country;

    /// <summary>Copies the customer fields of <paramref name="from"/> onto <paramref name="to"/>, the address in place.</summary>
    internal static void CopyFields(Customer from, Customer to)
    {
        to.Name = from.Name;
        to.Type = from.Type;
        to.Description = from.Description;
        to.ExternalReference = from.ExternalReference;
        to.Email = from.Email;
        to.PhoneNumber = from.PhoneNumber;
        to.Website = from.Website;
        to.Address.StreetAddress = from.Address.StreetAddress;
        to.Address.PostalCode = from.Address.PostalCode;
        to.Address.City = from.Address.City;
        to.Address.Region = from.Address.Region;
        to.Address.Country = from.Address.Country;
    }

    private static readonly AddressPatch ClearAll = new()
    {
        StreetAddress = Optional<string?>.Of(null),
        PostalCode = Optional<string?>.Of(null),
        City = Optional<string?>.Of(null),
        Region = Optional<string?>.Of(null),
        Country = Optional<string?>.Of(null),
    };
}
