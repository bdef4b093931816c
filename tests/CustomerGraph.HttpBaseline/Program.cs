using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;

// The baseline the GraphQL endpoint is measured against: the same two domain queries (one page of customers, then
// one windowed statement for their contacts) and the same JSON, written by hand with System.Text.Json.
var builder = WebApplication.CreateSlimBuilder(args);
var database = new CustomerDatabaseOptions();
builder.Configuration.GetSection("Database").Bind(database);
database.DataFolder = Path.GetFullPath(database.DataFolder, builder.Environment.ContentRootPath);
builder.Services.AddCustomerDomain(database);
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default)
);

var app = builder.Build();
var customerPage = new PageRequest(First: 20);
var contactPage = new PageRequest(First: 3);

app.MapGet(
    "/customers",
    async (CustomerQueries customers, ContactQueries contacts, CancellationToken cancellationToken) =>
    {
        var page = (await customers.ListAsync(customerPage, cancellationToken: cancellationToken)).Value!;
        var ids = page.Edges.Select(edge => edge.Node.Id).ToList();
        var contactPages = (
            await contacts.GetContactsForCustomersAsync(ids, contactPage, cancellationToken)
        ).Value!;
        var nodes = page
            .Edges.Select(edge => new CustomerNode(
                edge.Node.Name,
                edge.Node.Email,
                new ContactList(
                    contactPages[edge.Node.Id]
                        .Edges.Select(contact => new ContactNode(contact.Node.Name, contact.Node.Email))
                        .ToList()
                )
            ))
            .ToList();
        return TypedResults.Ok(new CustomersResponse(new CustomersData(new CustomerList(nodes))));
    }
);

await app.RunAsync();

internal sealed record CustomersResponse(CustomersData Data);

internal sealed record CustomersData(CustomerList Customers);

internal sealed record CustomerList(List<CustomerNode> Nodes);

internal sealed record CustomerNode(string Name, string? Email, ContactList Contacts);

internal sealed record ContactList(List<ContactNode> Nodes);

internal sealed record ContactNode(string Name, string? Email);

/// <summary>Source-generated serialization of the response, camelCase and nulls written, as the GraphQL answer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CustomersResponse))]
internal sealed partial class BaselineJson : JsonSerializerContext;
