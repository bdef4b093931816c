using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Graph.Customers;

/// <summary>The graph's <c>UpdateCustomerInput</c>: which customer, the version expected, and the PATCH.</summary>
public sealed record UpdateCustomerInput(string CustomerId)
{
    public int? ExpectedVersion { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<CustomerType?> Type { get; init; }
    public Optional<string?> Description { get; init; }
    public Optional<string?> ExternalReference { get; init; }
    public Optional<string?> Email { get; init; }
    public Optional<string?> PhoneNumber { get; init; }
    public Optional<string?> Website { get; init; }
    public Optional<AddressPatch?> Address { get; init; }

    public CustomerPatch ToPatch() =>
        new()
        {
            Name = Name,
            Type = Type,
            Description = Description,
            ExternalReference = ExternalReference,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Website = Website,
            Address = Address,
        };
}
