using System.Text.Json;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Customers.Tests;

public sealed class ScopeTests
{
    private static void AssertForbidden(IReadOnlyList<DomainError> errors, string scope)
    {
        var error = Assert.IsType<ForbiddenError>(Assert.Single(errors));
        Assert.Equal(scope, error.Scope);
        Assert.Equal(
            $"This operation needs the scope '{scope}' ({AccountScopes.Descriptions[scope]}).",
            error.Message
        );
    }

    [Fact]
    public void Each_operation_names_the_scope_of_the_issue()
    {
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["account.view"] = "Can view the account",
                ["account.customer.manage"] = "Can manage customers",
                ["account.custom-fields.manage"] = "Can manage custom fields",
            },
            AccountScopes.Descriptions
        );
        Assert.Equal(
            [
                (DomainOperation.Read, "account.view"),
                (DomainOperation.ManageCustomers, "account.customer.manage"),
                (DomainOperation.ManageContacts, "account.customer.manage"),
                (DomainOperation.ManageAssetAssignments, "account.customer.manage"),
                (DomainOperation.ManageCustomFieldDefinitions, "account.custom-fields.manage"),
                (DomainOperation.SetCustomFieldValues, "account.customer.manage"),
            ],
            Enum.GetValues<DomainOperation>().Select(op => (op, AccountScopes.RequiredFor(op)))
        );
    }

    [Fact]
    public async Task Customer_contact_and_assignment_writes_without_customer_manage_are_forbidden_and_change_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("Kept"))).Value!;
        var contact = (await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Ann"))).Value!;
        var asset = (await AssetFactory.AddAssetsAsync(db, 1))[0];
        var customers = db.WithScopes<CustomerService>(AccountScopes.View, AccountScopes.CustomFieldsManage);
        var contacts = db.WithScopes<ContactService>(AccountScopes.View);
        var assignments = db.WithScopes<AssetAssignmentService>(AccountScopes.View);
        const string scope = AccountScopes.CustomerManage;

        AssertForbidden((await customers.CreateAsync(new CreateCustomerInput("New"))).Errors, scope);
        AssertForbidden(
            (await customers.UpdateAsync(customer.Id, new CustomerPatch { Name = "Renamed" })).Errors,
            scope
        );
        AssertForbidden((await customers.DeleteAsync(customer.Id)).Errors, scope);
        AssertForbidden(
            (await customers.UpsertByExternalReferenceAsync(new UpsertCustomerInput("ERP-1", "New"))).Errors,
            scope
        );
        AssertForbidden(
            (await contacts.CreateAsync(customer.Id, new CreateContactInput("Bob"))).Errors,
            scope
        );
        AssertForbidden(
            (await contacts.UpdateAsync(contact.Id, new ContactPatch { Name = "Bo" })).Errors,
            scope
        );
        AssertForbidden((await contacts.DeleteAsync(contact.Id)).Errors, scope);
        AssertForbidden(
            (
                await assignments.UpdateCustomerAssetsAsync(
                    customer.Id,
                    new UpdateCustomerAssetsInput { Assign = [new(asset.Id, AssignmentType.Rental)] }
                )
            ).Errors,
            scope
        );

        Assert.Equal(0, db.Statements.Count);
        var stored = await db.CustomerQueries.GetByIdAsync(customer.Id);
        Assert.Equal(("Kept", 1), (stored!.Name, stored.Version));
        Assert.Equal(1, await db.CustomerQueries.CountAsync());
    }

    [Fact]
    public async Task Definitions_need_custom_fields_manage_and_values_need_customer_manage()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        var definition = (
            await db.CustomFields.CreateDefinitionAsync(new("note", "Note", CustomFieldType.String))
        ).Value!;
        var value = JsonDocument.Parse("\"x\"").RootElement.Clone();
        var valuesOnly = db.WithScopes<CustomFieldService>(AccountScopes.CustomerManage);
        var definitionsOnly = db.WithScopes<CustomFieldService>(AccountScopes.CustomFieldsManage);

        AssertForbidden(
            (await valuesOnly.CreateDefinitionAsync(new("other", "Other", CustomFieldType.Boolean))).Errors,
            AccountScopes.CustomFieldsManage
        );
        AssertForbidden(
            (await valuesOnly.UpdateDefinitionAsync(definition.Id, new() { Title = "T" })).Errors,
            AccountScopes.CustomFieldsManage
        );
        AssertForbidden(
            (await valuesOnly.DeleteDefinitionAsync(definition.Id)).Errors,
            AccountScopes.CustomFieldsManage
        );
        AssertForbidden(
            (await definitionsOnly.SetCustomerValuesAsync(customer.Id, [new("note", value)])).Errors,
            AccountScopes.CustomerManage
        );
        AssertForbidden(
            (await definitionsOnly.SetValueAsync(customer.Id, definition.Id, value)).Errors,
            AccountScopes.CustomerManage
        );

        Assert.True((await valuesOnly.SetValueAsync(customer.Id, definition.Id, value)).Succeeded);
        Assert.True(
            (await definitionsOnly.UpdateDefinitionAsync(definition.Id, new() { Title = "T" })).Succeeded
        );
    }
}
