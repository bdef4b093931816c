using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Customers;

/// <summary>Narrows the customer list; every set filter must match (AND), lists match any of their items (OR).</summary>
public sealed record CustomerFilters
{
    /// <summary>Case-insensitive substring of the name, email or external reference.</summary>
    public string? Search { get; init; }

    public IReadOnlyList<CustomerType>? Types { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of the address country.</summary>
    public IReadOnlyList<string>? Countries { get; init; }

    /// <summary>True: only customers with at least one assigned asset; false: only those with none.</summary>
    public bool? HasAssets { get; init; }

    /// <summary>Only customers changed at or after this UTC time, for sync clients.</summary>
    public DateTime? UpdatedSince { get; init; }

    public IReadOnlyList<Guid>? CustomerIds { get; init; }

    /// <summary>The most distinct customer ids one filter may list: as many as the largest page holds.</summary>
    public const int MaxCustomerIds = PageSizes.Max;

    /// <summary>Reports a filter too large to run: every listed id becomes a statement parameter.</summary>
    internal void Validate(Validator validator)
    {
        if (CustomerIds is { Count: > MaxCustomerIds } ids && ids.Distinct().Count() > MaxCustomerIds)
            validator.Add(
                "filters.customerIds",
                DomainErrorCodes.TooLong,
                $"filters.customerIds may list at most {MaxCustomerIds} ids."
            );
    }
}

/// <summary>The order of the customer list; the id breaks ties so the order is total.</summary>
public sealed record CustomerSort(CustomerSortField Field = CustomerSortField.Name, bool Descending = false)
{
    /// <summary>By name, A to Z.</summary>
    public static CustomerSort Default { get; } = new();
}

/// <summary>The keys the customer list can be sorted by; each has an index.</summary>
public enum CustomerSortField
{
    Name,
    CreatedAt,
    UpdatedAt,
}
