using System.Collections.Frozen;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Accounts;

/// <summary>
/// The OAuth scopes a caller's token carries and which domain operation needs which: the one place both surfaces
/// (GraphQL <c>@requiresScopes</c>, REST endpoint metadata) and the services take them from.
/// </summary>
public static class AccountScopes
{
    /// <summary>Reading customers, contacts, assets, assignments and custom fields.</summary>
    public const string View = "account.view";

    /// <summary>Creating, changing and deleting customers, contacts, asset assignments and custom field values.</summary>
    public const string CustomerManage = "account.customer.manage";

    /// <summary>Creating, changing and deleting custom field definitions.</summary>
    public const string CustomFieldsManage = "account.custom-fields.manage";

    /// <summary>Every scope with its human-readable description, as an authority publishes them.</summary>
    public static FrozenDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            [View] = "Can view the account",
            [CustomerManage] = "Can manage customers",
            [CustomFieldsManage] = "Can manage custom fields",
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every scope: what a caller without a token (tests, tools, seeding) is trusted with.</summary>
    public static FrozenSet<string> All { get; } = Descriptions.Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The scope <paramref name="operation"/> needs.</summary>
    public static string RequiredFor(DomainOperation operation) =>
        operation switch
        {
            DomainOperation.Read => View,
            DomainOperation.ManageCustomFieldDefinitions => CustomFieldsManage,
            DomainOperation.ManageCustomers
            or DomainOperation.ManageContacts
            or DomainOperation.ManageAssetAssignments
            or DomainOperation.SetCustomFieldValues => CustomerManage,
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
        };

    /// <summary>Null when <paramref name="account"/> may perform <paramref name="operation"/>, otherwise the refusal naming the missing scope.</summary>
    public static ForbiddenError? Authorize(this ICurrentAccount account, DomainOperation operation)
    {
        var scope = RequiredFor(operation);
        return account.Scopes.Contains(scope) ? null : new ForbiddenError(scope, Descriptions[scope]);
    }
}
