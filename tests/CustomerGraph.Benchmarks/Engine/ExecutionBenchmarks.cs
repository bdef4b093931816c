using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Benchmarks.Engine;

/// <summary>
/// Cached execution of a 3-level customers query over in-memory data (contacts read from the parent, or
/// through a DataLoader) and of the standard introspection query, written to UTF-8 JSON. The graphql-js
/// twin is tests/benchmarks-node/execute.mjs.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private RequestExecutor _direct = null!;
    private RequestExecutor _withDataLoader = null!;
    private ExecutionRequest _customersRequest = null!;
    private ExecutionRequest _introspectionRequest = null!;
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);

    /// <summary>Customers on the page (each with three contacts): allocations should grow linearly, per item flat.</summary>
    [Params(20, 200)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var schema = SchemaBuilder.FromSdl(BenchmarkDocuments.Read("schema.graphql"));
        var data = InMemoryCustomers.Create(Customers);
        var contactsByCustomer = data.Nodes.ToDictionary(c => c.Id, c => c.Contacts.Nodes);
        _direct = new RequestExecutor(
            ExecutableSchema.Create(schema, bindings => InMemoryCustomers.Bind(bindings, data))
        );
        _withDataLoader = new RequestExecutor(
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(BenchmarkDocuments.Read("schema.graphql")),
                bindings =>
                {
                    InMemoryCustomers.Bind(bindings, data);
                    bindings.Resolve<InMemoryCustomers.Customer>(
                        "Customer.contacts",
                        async (customer, context) =>
                        {
                            var loader = context.DataLoaders.GetOrAdd(
                                "contacts",
                                scheduler => new FetchGroupedDataLoader<string, InMemoryCustomers.Contact>(
                                    scheduler,
                                    (keys, _) =>
                                        Task.FromResult(
                                            keys.SelectMany(k => contactsByCustomer[k].Select(c => (k, c)))
                                                .ToLookup(p => p.k, p => p.c)
                                        )
                                )
                            );
                            var contacts = await loader.LoadAsync(customer.Id, context.CancellationToken);
                            return new InMemoryCustomers.ContactConnection(
                                contacts,
                                InMemoryCustomers.LastPage
                            );
                        }
                    );
                }
            )
        );
        _customersRequest = new ExecutionRequest
        {
            Query = BenchmarkDocuments
                .Read("customers-query.graphql")
                .Replace("first: 20", $"first: {Customers}"),
        };
        _introspectionRequest = new ExecutionRequest
        {
            Query = BenchmarkDocuments.Read("introspection-query.graphql"),
        };
        foreach (
            var (executor, request) in new[]
            {
                (_direct, _customersRequest),
                (_withDataLoader, _customersRequest),
                (_direct, _introspectionRequest),
            }
        )
        {
            var result = executor.ExecuteAsync(request).GetAwaiter().GetResult();
            if (result.Errors.Count > 0)
                throw new InvalidOperationException(result.Errors[0].Message);
        }
    }

    [Benchmark(Description = "customers query, contacts from parent")]
    public Task<int> CustomersDirect() => Run(_direct, _customersRequest);

    [Benchmark(Description = "customers query, contacts via DataLoader")]
    public Task<int> CustomersWithDataLoader() => Run(_withDataLoader, _customersRequest);

    [Benchmark(Description = "introspection query")]
    public Task<int> Introspection() => Run(_direct, _introspectionRequest);

    private async Task<int> Run(RequestExecutor executor, ExecutionRequest request)
    {
        var result = await executor.ExecuteAsync(request);
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(
            _output,
            new JsonWriterOptions { Encoder = ExecutionResult.JsonEncoder }
        );
        result.WriteTo(writer);
        writer.Flush();
        return _output.WrittenCount;
    }
}

/// <summary>The in-memory customer page both engines serve (same shape as tests/benchmarks-node/execute.mjs).</summary>
internal static class InMemoryCustomers
{
    public sealed record PageInfo(
        bool HasPreviousPage,
        bool HasNextPage,
        string? StartCursor,
        string? EndCursor,
        int? Count
    );

    public sealed record Address(
        string? StreetAddress,
        string? PostalCode,
        string? City,
        string? Region,
        string? Country
    );

    public sealed record Contact(
        string Id,
        string ContactId,
        string Name,
        string Type,
        string? Email,
        bool IsPrimary
    )
    {
        public Customer? Customer { get; init; }
        public string? Role { get; init; }
        public string? PhoneNumber { get; init; }
        public string? Note { get; init; }
        public string CreatedAt { get; init; } = "2026-01-01T00:00:00Z";
        public string UpdatedAt { get; init; } = "2026-01-01T00:00:00Z";
    }

    public sealed record ContactConnection(IReadOnlyList<Contact> Nodes, PageInfo PageInfo)
    {
        public IReadOnlyList<object> Edges { get; init; } = [];
    }

    public sealed record Customer(
        string Id,
        string CustomerId,
        string Name,
        string Type,
        string? Email,
        Address Address,
        ContactConnection Contacts
    )
    {
        public string? Description { get; init; }
        public string? ExternalReference { get; init; }
        public string? PhoneNumber { get; init; }
        public string? Website { get; init; }
        public object? Assets { get; init; }
        public IReadOnlyList<object> CustomFields { get; init; } = [];
        public string CreatedAt { get; init; } = "2026-01-01T00:00:00Z";
        public string UpdatedAt { get; init; } = "2026-01-01T00:00:00Z";
    }

    public sealed record CustomerConnection(IReadOnlyList<Customer> Nodes, PageInfo PageInfo)
    {
        public IReadOnlyList<object> Edges { get; init; } = [];
    }

    public static readonly PageInfo LastPage = new(false, false, null, null, null);

    public static CustomerConnection Create(int count)
    {
        var customers = new List<Customer>(count);
        for (var i = 0; i < count; i++)
        {
            var contacts = new List<Contact>(3);
            for (var j = 0; j < 3; j++)
                contacts.Add(
                    new Contact(
                        $"k{i}-{j}",
                        $"{i}-{j}",
                        $"Contact {j} of {i}",
                        "PERSON",
                        $"contact{i}.{j}@example.com",
                        j == 0
                    )
                );
            customers.Add(
                new Customer(
                    $"c{i}",
                    i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"Customer {i}",
                    "DEALER",
                    $"customer{i}@example.com",
                    new Address(null, null, "Aarhus", null, "DK"),
                    new ContactConnection(contacts, LastPage)
                )
            );
        }
        return new CustomerConnection(customers, new PageInfo(false, true, "c0", $"c{count - 1}", null));
    }

    public static void Bind(ResolverBindings bindings, CustomerConnection data) =>
        bindings
            .Resolve("Query.customers", _ => new ValueTask<object?>(data))
            .BindType<CustomerConnection>("CustomerConnection")
            .BindType<Customer>("Customer")
            .BindType<ContactConnection>("CustomerContactConnection")
            .BindType<Contact>("CustomerContact")
            .BindType<Address>("Address")
            .BindType<PageInfo>("PageInfo");
}
