namespace CustomerGraph.Customers.Tests;

/// <summary>Steps the contact and list tests share: a customer to hang contacts and assignments on.</summary>
internal static class CustomerSteps
{
    public static async Task<Customer> CustomerAsync(TestDatabase db, string name = "Customer") =>
        (await db.Customers.CreateAsync(new CreateCustomerInput(name))).Value!;
}
