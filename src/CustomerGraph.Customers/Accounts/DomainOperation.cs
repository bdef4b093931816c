namespace CustomerGraph.Customers.Accounts;

/// <summary>The kinds of domain operation a scope grants; <see cref="AccountScopes.RequiredFor"/> maps each to its scope.</summary>
public enum DomainOperation
{
    /// <summary>Any query.</summary>
    Read,

    /// <summary>Creating, changing, deleting and upserting customers (contacts given inline included).</summary>
    ManageCustomers,

    /// <summary>Creating, changing and deleting contacts.</summary>
    ManageContacts,

    /// <summary>Assigning assets to customers and removing assignments.</summary>
    ManageAssetAssignments,

    /// <summary>Creating, changing and deleting custom field definitions.</summary>
    ManageCustomFieldDefinitions,

    /// <summary>Setting, changing and removing custom field values on customers.</summary>
    SetCustomFieldValues,
}
