using System.Text.Json;

namespace CustomerGraph.Customers.Tests;

/// <summary>Steps the custom-field tests share: a JSON value, a definition that must be created, a customer.</summary>
internal static class CustomFieldSteps
{
    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Creates the definition and fails the test at once if the service refuses it.</summary>
    public static async Task<CustomFieldDefinition> DefineAsync(
        TestDatabase db,
        CreateCustomFieldDefinitionInput input
    )
    {
        var result = await db.CustomFields.CreateDefinitionAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    public static async Task<Customer> CustomerAsync(TestDatabase db, string name = "C") =>
        (await db.Customers.CreateAsync(new CreateCustomerInput(name))).Value!;
}
