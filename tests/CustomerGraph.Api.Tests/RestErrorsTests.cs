using System.Net;
using System.Text;
using CustomerGraph.Customers.Accounts;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>Failures the endpoints do not answer themselves still get the error object on REST paths.</summary>
public sealed class RestErrorsTests(RestHost host) : IClassFixture<RestHost>
{
    private const string Secret = "connection to db-primary.internal:5432 refused";

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("GET", "/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e/contacts")]
    [InlineData("POST", "/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e/assets")]
    public async Task An_unexpected_fault_is_500_internal_error_without_any_detail(string method, string path)
    {
        using var failing = host.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
                services.AddScoped<ICurrentAccount, UnreachableAccount>()
            )
        );
        var client = failing.CreateClient();

        var (response, json) = await client.SendAsync(
            new HttpMethod(method),
            CustomersPath + path,
            method == "POST" ? """{"name":"Doomed ApS"}""" : null
        );

        AssertError(response, json, HttpStatusCode.InternalServerError, "internal_error");
        Assert.Equal(["code", "message", "status"], json.EnumerateObject().Select(p => p.Name).Order());
        var text = json.ToString();
        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain(nameof(UnreachableAccount), text);
        Assert.DoesNotContain(" at ", text);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_payload_too_large()
    {
        using var factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            (
                "Database:DataFolder",
                host.Factory.Services.GetRequiredService<Customers.CustomerDatabaseOptions>().DataFolder
            )
        );
        using var client = factory.StartLoopbackClient();
        var description = new string('x', 1024 * 1024);
        using var content = new StringContent(
            $$"""{"name":"Huge ApS","description":"{{description}}"}""",
            Encoding.UTF8,
            "application/json"
        );

        var response = await client.PostAsync(CustomersPath, content);
        var json = System
            .Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync())
            .RootElement;

        AssertError(response, json, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [Theory]
    [InlineData("GET", "/customer/v1/nothing-here", HttpStatusCode.NotFound, "not_found")]
    [InlineData(
        "GET",
        "/customer/v1/customers/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e/orders",
        HttpStatusCode.NotFound,
        "not_found"
    )]
    [InlineData(
        "PUT",
        "/customer/v1/customers/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e",
        HttpStatusCode.MethodNotAllowed,
        "method_not_allowed"
    )]
    [InlineData("DELETE", "/customer/v1/customers", HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData(
        "PATCH",
        "/customer/v1/customers/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e/assets",
        HttpStatusCode.MethodNotAllowed,
        "method_not_allowed"
    )]
    public async Task A_path_or_method_without_an_endpoint_is_the_error_object(
        string method,
        string path,
        HttpStatusCode status,
        string code
    )
    {
        var (response, json) = await host.Client.SendAsync(
            new HttpMethod(method),
            path,
            method is "PUT" or "PATCH" ? "{}" : null
        );
        AssertError(response, json, status, code);
    }

    [Fact]
    public async Task Paths_outside_the_rest_api_keep_their_own_answers()
    {
        var response = await host.Client.GetAsync("/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    /// <summary>An account lookup that fails the way an unreachable store would.</summary>
    private sealed class UnreachableAccount : ICurrentAccount
    {
        public Guid AccountId => throw new InvalidOperationException(Secret);
    }
}
