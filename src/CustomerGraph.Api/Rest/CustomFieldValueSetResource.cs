using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

/// <summary>Every custom field value of one entity after <c>set-values</c>, ordered by key.</summary>
public sealed record CustomFieldValueSetResource(
    CustomFieldEntityType EntityType,
    Guid EntityId,
    IReadOnlyList<CustomFieldValueResource> Values
) : IRestExample<CustomFieldValueSetResource>
{
    public static CustomFieldValueSetResource Example { get; } =
        new(
            CustomFieldEntityType.Customer,
            CustomFieldValueResource.Example.EntityId,
            [CustomFieldValueResource.Example]
        );
}
