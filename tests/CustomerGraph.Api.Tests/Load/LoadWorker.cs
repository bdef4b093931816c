using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerGraph.Graph.Relay;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// One API user's worker in the load run: until the deadline it sends a random mix (its own seeded
/// <see cref="Random"/>) of GraphQL and REST reads and writes, obeys 429 by waiting at most a second, records every
/// answer in the <see cref="LoadTally"/> and every acknowledged write in its <see cref="LoadAccount"/>, and checks
/// each answer: its own rows as last acknowledged (or newer), the other account's rows never.
/// </summary>
public sealed class LoadWorker(LoadAccount account, HttpClient client, string name, int seed, LoadTally tally)
{
    private const string Customers = "/customer/v1/customers";

    private const string CustomersQuery = """
        query($first: Int!, $sort: CustomerSort) {
          customers(first: $first, sort: $sort) {
            nodes { customerId name version contacts(first: 5) { nodes { contactId name } } }
          }
        }
        """;

    private const string NodeQuery = """
        query($id: ID!) {
          node(id: $id) {
            __typename
            ... on Customer { customerId name version }
            ... on CustomerContact { contactId name customer { customerId } }
          }
        }
        """;

    private const string CreateCustomerMutation = """
        mutation($input: CreateCustomerInput!) {
          createCustomer(input: $input) { customer { customerId name version } errors { __typename ... on Error { message } ... on ConflictError { code field } } }
        }
        """;

    private const string UpdateCustomerMutation = """
        mutation($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) { customer { customerId name version } errors { __typename ... on Error { message } ... on ConflictError { code field } } }
        }
        """;

    private const string CreateContactMutation = """
        mutation($input: CreateCustomerContactInput!) {
          createCustomerContact(input: $input) {
            contact { contactId name customer { customerId } }
            errors { __typename ... on Error { message } }
          }
        }
        """;

    /// <summary>External references are drawn from this many per account for a third of the creates, so some collide.</summary>
    private const int ContestedReferences = 1000;

    private static readonly string[] Types = ["DEALER", "RENTAL_COMPANY", "CONTRACTOR", "OEM", "OTHER"];

    private readonly Random _random = new(seed);
    private readonly List<double> _latencies = tally.LatenciesOfWorker();
    private int _written;

    /// <summary>Sends operations until <paramref name="deadline"/>; a request under way then is finished.</summary>
    public async Task RunAsync(DateTime deadline)
    {
        (int Weight, Func<Task> Operation)[] mix =
        [
            (14, ReadCustomerPageOverGraphQLAsync),
            (10, ReadOwnNodeAsync),
            (6, ReadOtherAccountNodeAsync),
            (10, ReadCustomerPageOverRestAsync),
            (10, ReadOwnOverRestAsync),
            (6, ReadOtherAccountOverRestAsync),
            (8, CreateCustomerOverGraphQLAsync),
            (8, UpdateCustomerOverGraphQLAsync),
            (6, CreateContactOverGraphQLAsync),
            (8, CreateCustomerOverRestAsync),
            (8, UpdateCustomerOverRestAsync),
            (6, CreateContactOverRestAsync),
        ];
        var total = mix.Sum(entry => entry.Weight);
        while (DateTime.UtcNow < deadline)
        {
            var pick = _random.Next(total);
            foreach (var (weight, operation) in mix)
            {
                if (pick < weight)
                {
                    await RunOperationAsync(operation);
                    break;
                }
                pick -= weight;
            }
        }
    }

    /// <summary>Runs one operation; an answer it cannot read (not JSON, a member missing) is a problem, not the end of the run.</summary>
    private async Task RunOperationAsync(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (Exception exception)
            when (exception
                    is JsonException
                        or KeyNotFoundException
                        or InvalidOperationException
                        or FormatException
            )
        {
            tally.Problem("wrong answer", $"{name} {operation.Method.Name}: {exception}");
        }
    }

    private async Task ReadCustomerPageOverGraphQLAsync()
    {
        object sort = _random.Next(3) switch
        {
            0 => new { by = "NAME", direction = "ASC" },
            1 => new { by = "CREATED_AT", direction = "DESC" },
            _ => new { by = "UPDATED_AT", direction = "DESC" },
        };
        var answer = await GraphQLAsync(CustomersQuery, new { first = _random.Next(5, 21), sort });
        if (DataOf(answer, "customers") is not { } data)
            return;
        foreach (var customer in data.GetProperty("customers").GetProperty("nodes").EnumerateArray())
        {
            NotTheOtherAccount(customer.GetProperty("customerId"), "GraphQL customers");
            foreach (var contact in customer.GetProperty("contacts").GetProperty("nodes").EnumerateArray())
                NotTheOtherAccount(contact.GetProperty("contactId"), "GraphQL customers.contacts");
        }
    }

    private async Task ReadOwnNodeAsync()
    {
        if (_random.Next(3) == 0 && account.PickContact(_random) is { } contact)
        {
            var answer = await GraphQLAsync(
                NodeQuery,
                new { id = GlobalId.Encode("CustomerContact", contact.Id) }
            );
            if (DataOf(answer, "node of an own contact") is not { } data)
                return;
            var node = data.GetProperty("node");
            Expect(
                node.ValueKind == JsonValueKind.Object
                    && IdOf(node.GetProperty("contactId")) == contact.Id
                    && node.GetProperty("name").GetString() == contact.Name
                    && IdOf(node.GetProperty("customer").GetProperty("customerId")) == contact.CustomerId,
                "wrong read",
                $"node of own contact {contact.Id} ({contact.Name}): {answer.Body}"
            );
        }
        else if (account.PickCustomer(_random, recent: _random.Next(2) == 0) is { } customer)
        {
            var (version, _) = customer.Latest;
            var answer = await GraphQLAsync(NodeQuery, new { id = GlobalId.Encode("Customer", customer.Id) });
            if (DataOf(answer, "node of an own customer") is not { } data)
                return;
            var node = data.GetProperty("node");
            Expect(
                node.ValueKind == JsonValueKind.Object
                    && IdOf(node.GetProperty("customerId")) == customer.Id
                    && node.GetProperty("version").GetInt32() >= version,
                "wrong read",
                $"node of own customer {customer.Id} acknowledged at version {version}: {answer.Body}"
            );
        }
    }

    private async Task ReadOtherAccountNodeAsync()
    {
        string? id = null;
        if (_random.Next(2) == 0 && account.Other.PickAnyContact(_random) is { } contact)
            id = GlobalId.Encode("CustomerContact", contact.Contact);
        else if (account.Other.PickAnyCustomer(_random) is { } customer)
            id = GlobalId.Encode("Customer", customer);
        if (id is null)
            return;
        var answer = await GraphQLAsync(NodeQuery, new { id });
        if (DataOf(answer, "node of the other account's id") is not { } data)
            return;
        tally.CrossAccountRead();
        if (data.GetProperty("node").ValueKind != JsonValueKind.Null)
            tally.Problem("cross-account read", $"{name} read the other account's node {id}: {answer.Body}");
    }

    private async Task ReadCustomerPageOverRestAsync()
    {
        var sort = _random.Next(3) switch
        {
            0 => "name",
            1 => "-createdAt",
            _ => "-updatedAt",
        };
        var path = Invariant($"{Customers}?page={_random.Next(3)}&size={_random.Next(10, 51)}&sort={sort}");
        var answer = await SendAsync(HttpMethod.Get, path);
        if (answer.Status is 0 or 429)
            return;
        if (answer.Status != 200)
        {
            Unexpected(answer, $"GET {path}");
            return;
        }
        foreach (var customer in answer.Json.GetProperty("content").EnumerateArray())
            NotTheOtherAccount(customer.GetProperty("id"), $"GET {path}");
    }

    private async Task ReadOwnOverRestAsync()
    {
        if (_random.Next(3) == 0 && account.PickContact(_random) is { } contact)
        {
            var path = $"{Customers}/{contact.CustomerId:D}/contacts/{contact.Id:D}";
            var answer = await SendAsync(HttpMethod.Get, path);
            if (answer.Status is 0 or 429)
                return;
            Expect(
                answer.Status == 200 && answer.Json.GetProperty("name").GetString() == contact.Name,
                "wrong read",
                $"GET {path} of own contact ({contact.Name}): {answer.Status} {answer.Body}"
            );
        }
        else if (account.PickCustomer(_random, recent: _random.Next(2) == 0) is { } customer)
        {
            var (version, _) = customer.Latest;
            var path = $"{Customers}/{customer.Id:D}";
            var answer = await SendAsync(HttpMethod.Get, path);
            if (answer.Status is 0 or 429)
                return;
            Expect(
                answer.Status == 200
                    && answer.Json.GetProperty("version").GetInt32() is var read
                    && read >= version
                    && answer.ETag == $"\"{read}\"",
                "wrong read",
                $"GET {path} of own customer acknowledged at version {version}: {answer.Status} {answer.Body}"
            );
        }
    }

    private async Task ReadOtherAccountOverRestAsync()
    {
        string? path = null;
        if (_random.Next(2) == 0 && account.Other.PickAnyContact(_random) is { } contact)
            path = $"{Customers}/{contact.Customer:D}/contacts/{contact.Contact:D}";
        else if (account.Other.PickAnyCustomer(_random) is { } customer)
            path = $"{Customers}/{customer:D}";
        if (path is null)
            return;
        var answer = await SendAsync(HttpMethod.Get, path);
        if (answer.Status is 0 or 429)
            return;
        tally.CrossAccountRead();
        if (answer.Status != 404 || answer.Json.GetProperty("code").GetString() != "customer_not_found")
            tally.Problem(
                "cross-account read",
                $"{name} GET {path} of the other account: {answer.Status} {answer.Body}"
            );
    }

    private async Task CreateCustomerOverGraphQLAsync()
    {
        var (newName, reference, contested) = NewCustomer();
        var answer = await GraphQLAsync(
            CreateCustomerMutation,
            new
            {
                input = new
                {
                    name = newName,
                    type = Types[_random.Next(Types.Length)],
                    externalReference = reference,
                    email = $"load-{account.Name.ToLowerInvariant()}-{reference.ToLowerInvariant()}@example.com",
                    address = new { city = $"{account.Marker}City", country = "DK" },
                },
            }
        );
        if (answer.Status == 0)
            account.CreateUnknown();
        if (PayloadOf(answer, "createCustomer", duplicateAllowed: contested) is not { } payload)
            return;
        var customer = payload.GetProperty("customer");
        Expect(
            customer.GetProperty("name").GetString() == newName
                && customer.GetProperty("version").GetInt32() == 1,
            "wrong answer",
            $"createCustomer {newName}: {answer.Body}"
        );
        account.Acknowledge(new LoadCustomer(IdOf(customer.GetProperty("customerId")), newName, reference));
    }

    private async Task CreateCustomerOverRestAsync()
    {
        var (newName, reference, contested) = NewCustomer();
        var body = JsonSerializer.Serialize(
            new
            {
                name = newName,
                type = Types[_random.Next(Types.Length)],
                externalReference = reference,
                phoneNumber = Invariant($"+45{_random.Next(10_000_000, 99_999_999)}"),
                address = new { city = $"{account.Marker}Town", country = "SE" },
            }
        );
        var answer = await SendAsync(HttpMethod.Post, Customers, body);
        switch (answer.Status)
        {
            case 0:
                account.CreateUnknown();
                return;
            case 429:
                return;
            case 201:
                Expect(
                    answer.Json.GetProperty("name").GetString() == newName
                        && answer.Json.GetProperty("version").GetInt32() == 1,
                    "wrong answer",
                    $"POST {Customers} {newName}: {answer.Body}"
                );
                account.Acknowledge(
                    new LoadCustomer(IdOf(answer.Json.GetProperty("id")), newName, reference)
                );
                return;
            case 409
                when contested
                    && answer.Json.GetProperty("code").GetString() == "duplicate_external_reference":
                tally.Duplicate();
                return;
            default:
                Unexpected(answer, $"POST {Customers} {body}");
                return;
        }
    }

    private async Task UpdateCustomerOverGraphQLAsync()
    {
        if (account.PickCustomer(_random, recent: true) is not { } customer)
            return;
        var (version, _) = customer.Latest;
        var newName = NewName();
        var answer = await GraphQLAsync(
            UpdateCustomerMutation,
            new
            {
                input = new
                {
                    customerId = customer.Id.ToString("D"),
                    expectedVersion = version,
                    name = newName,
                    description = $"{account.Marker}updated by {name}",
                },
            }
        );
        if (answer.Status == 0)
            customer.UpdateUnknown();
        if (PayloadOf(answer, "updateCustomer", staleAllowed: true) is not { } payload)
            return;
        var updated = payload.GetProperty("customer");
        Expect(
            IdOf(updated.GetProperty("customerId")) == customer.Id
                && updated.GetProperty("name").GetString() == newName
                && updated.GetProperty("version").GetInt32() == version + 1,
            "wrong answer",
            $"updateCustomer {customer.Id} from version {version}: {answer.Body}"
        );
        customer.Acknowledge(updated.GetProperty("version").GetInt32(), newName);
    }

    private async Task UpdateCustomerOverRestAsync()
    {
        if (account.PickCustomer(_random, recent: true) is not { } customer)
            return;
        var (version, _) = customer.Latest;
        var newName = NewName();
        var path = $"{Customers}/{customer.Id:D}";
        var answer = await SendAsync(
            HttpMethod.Patch,
            path,
            JsonSerializer.Serialize(new { name = newName, website = "https://load.example/" + _written }),
            "application/merge-patch+json",
            ifMatch: $"\"{version}\""
        );
        switch (answer.Status)
        {
            case 0:
                customer.UpdateUnknown();
                return;
            case 429:
                return;
            case 200:
                var read = answer.Json.GetProperty("version").GetInt32();
                Expect(
                    answer.Json.GetProperty("name").GetString() == newName
                        && read == version + 1
                        && answer.ETag == $"\"{read}\"",
                    "wrong answer",
                    $"PATCH {path} from version {version}: {answer.Body}"
                );
                customer.Acknowledge(read, newName);
                return;
            case 412 when answer.Json.GetProperty("code").GetString() == "version_conflict":
                tally.StaleVersion();
                return;
            default:
                Unexpected(answer, $"PATCH {path} from version {version}");
                return;
        }
    }

    private async Task CreateContactOverGraphQLAsync()
    {
        if (account.PickCustomer(_random, recent: false) is not { } customer)
            return;
        var newName = NewName();
        var answer = await GraphQLAsync(
            CreateContactMutation,
            new
            {
                input = new
                {
                    customerId = customer.Id.ToString("D"),
                    name = newName,
                    role = $"{account.Marker}role",
                    email = $"contact-{_written}@example.com",
                },
            }
        );
        if (answer.Status == 0)
            account.ContactUnknown();
        if (PayloadOf(answer, "createCustomerContact") is not { } payload)
            return;
        var contact = payload.GetProperty("contact");
        Expect(
            contact.GetProperty("name").GetString() == newName
                && IdOf(contact.GetProperty("customer").GetProperty("customerId")) == customer.Id,
            "wrong answer",
            $"createCustomerContact {newName} of {customer.Id}: {answer.Body}"
        );
        account.Acknowledge(new LoadContact(IdOf(contact.GetProperty("contactId")), customer.Id, newName));
    }

    private async Task CreateContactOverRestAsync()
    {
        if (account.PickCustomer(_random, recent: false) is not { } customer)
            return;
        var newName = NewName();
        var path = $"{Customers}/{customer.Id:D}/contacts";
        var answer = await SendAsync(
            HttpMethod.Post,
            path,
            JsonSerializer.Serialize(
                new
                {
                    name = newName,
                    type = "DEPARTMENT",
                    note = $"{account.Marker}note",
                }
            )
        );
        switch (answer.Status)
        {
            case 0:
                account.ContactUnknown();
                return;
            case 429:
                return;
            case 201:
                Expect(
                    answer.Json.GetProperty("name").GetString() == newName,
                    "wrong answer",
                    $"POST {path} {newName}: {answer.Body}"
                );
                account.Acknowledge(
                    new LoadContact(IdOf(answer.Json.GetProperty("id")), customer.Id, newName)
                );
                return;
            default:
                Unexpected(answer, $"POST {path}");
                return;
        }
    }

    /// <summary>A unique name, and an external reference: unique, or for a third of the creates one that may be taken.</summary>
    private (string Name, string Reference, bool Contested) NewCustomer()
    {
        var contested = _random.Next(3) == 0;
        var reference = contested
            ? Invariant($"LOAD-{account.Name}-{_random.Next(ContestedReferences)}")
            : Invariant($"LOAD-{account.Name}-{name}-{_written + 1}");
        return (NewName(), reference, contested);
    }

    private string NewName() => Invariant($"{account.Marker}{name} #{++_written}");

    private Task<LoadAnswer> GraphQLAsync(string query, object variables) =>
        SendAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query, variables }));

    /// <summary>A GraphQL answer's data, or null when it was refused for the rate limit, lost, or wrong (a problem).</summary>
    private JsonElement? DataOf(LoadAnswer answer, string what)
    {
        if (answer.Status is 0 or 429)
            return null;
        if (answer.Status != 200 || answer.Json.TryGetProperty("errors", out _))
        {
            Unexpected(answer, what);
            return null;
        }
        return answer.Json.GetProperty("data");
    }

    /// <summary>
    /// A mutation's payload when it succeeded; null otherwise. A stale version (when <paramref name="staleAllowed"/>)
    /// or a taken external reference (when <paramref name="duplicateAllowed"/>) is an expected refusal; any other
    /// payload error is a problem.
    /// </summary>
    private JsonElement? PayloadOf(
        LoadAnswer answer,
        string mutation,
        bool duplicateAllowed = false,
        bool staleAllowed = false
    )
    {
        if (DataOf(answer, mutation) is not { } data)
            return null;
        var payload = data.GetProperty(mutation);
        var errors = payload.GetProperty("errors");
        if (errors.ValueKind == JsonValueKind.Null)
            return payload;
        var error = errors[0];
        var conflict =
            errors.GetArrayLength() == 1 && error.GetProperty("__typename").GetString() == "ConflictError"
                ? error.GetProperty("code").GetString()
                : null;
        if (conflict == "VERSION_CONFLICT" && staleAllowed)
            tally.StaleVersion();
        else if (
            conflict == "DUPLICATE"
            && duplicateAllowed
            && error.GetProperty("field").GetString() == "externalReference"
        )
            tally.Duplicate();
        else
            Unexpected(answer, mutation);
        return null;
    }

    /// <summary>
    /// Sends one request and records its answer: the status and latency; a 5xx, a transport failure (status 0) or
    /// an answer carrying the other account's marker as problems; a 429 waited out (at most a second).
    /// </summary>
    private async Task<LoadAnswer> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        using var request = RestCalls.Request(method, path, body, contentType, ifMatch);
        if (path == "/graphql")
            request.Headers.Accept.ParseAdd(Http.GraphQLResponseJson);
        var started = Stopwatch.GetTimestamp();
        LoadAnswer answer;
        TimeSpan? retryAfter;
        try
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            answer = new LoadAnswer((int)response.StatusCode, text, response.Headers.ETag?.Tag);
            retryAfter = response.Headers.RetryAfter?.Delta;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            tally.Record(0);
            tally.Problem(
                "transport failure",
                $"{name} {method} {path}: {exception.GetType().Name} {exception.Message}"
            );
            return new LoadAnswer(0, "", null);
        }
        // A refusal for the rate limit is answered before any work; the latencies are those of the work.
        if (answer.Status != 429)
            _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        tally.Record(answer.Status);
        if (answer.Status >= 500)
            tally.Problem("5xx", $"{name} {method} {path}: {answer.Status} {answer.Body}");
        if (answer.Body.Contains(account.Other.Marker, StringComparison.Ordinal))
            tally.Problem("cross-account text", $"{name} {method} {path}: {answer.Body}");
        if (answer.Status == 429)
        {
            Expect(retryAfter is not null, "wrong answer", $"429 without Retry-After to {method} {path}");
            var wait = retryAfter ?? TimeSpan.FromSeconds(1);
            await Task.Delay(wait < TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1));
        }
        return answer;
    }

    private void NotTheOtherAccount(JsonElement id, string where)
    {
        if (account.Other.Owns(IdOf(id)))
            tally.Problem("cross-account read", $"{name} saw the other account's row {id} in {where}");
    }

    private void Unexpected(LoadAnswer answer, string what) =>
        tally.Problem("wrong answer", $"{name} {what}: {answer.Status} {answer.Body}");

    private void Expect(bool condition, string kind, string example)
    {
        if (!condition)
            tally.Problem(kind, $"{name} {example}");
    }

    private static Guid IdOf(JsonElement id) => Guid.Parse(id.GetString()!);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A response as the load run keeps it: status (0 when the request failed in transport), body and ETag.</summary>
public sealed record LoadAnswer(int Status, string Body, string? ETag)
{
    private JsonElement? _json;

    public JsonElement Json => _json ??= JsonDocument.Parse(Body).RootElement;
}
