using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CustomerGraph.Customers.Data;
using CustomerGraph.Customers.Seeding;
using CustomerGraph.Graph.Relay;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The load test runs alone, after the other collections: it keeps both cores busy for its whole duration, which
/// would starve tests that wait on child processes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTestCollection
{
    public const string Name = "Load";
}

/// <summary>
/// The host in Production on a real Kestrel socket on 127.0.0.1, the customer graph over a fresh SQLite file with the
/// demo account's data, and a rate limit small enough to bite; its errors are kept for the report.
/// </summary>
public sealed class LoadHost : IDisposable
{
    /// <summary>Each API user's budget per window.</summary>
    public const int Budget = 25_000;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-load-" + Guid.NewGuid().ToString("N")
    );

    public LoadHost()
    {
        Factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder),
            ("RateLimiting:Budget", Budget.ToString(CultureInfo.InvariantCulture)),
            ("RateLimiting:Window", Window.ToString("c", CultureInfo.InvariantCulture))
        )
        {
            TestServices = services => services.AddSingleton<ILoggerProvider>(Errors),
        };
        Server = Factory.StartOnLoopback();
    }

    public ApiFactory Factory { get; }

    public Uri Server { get; }

    public CapturedErrors Errors { get; } = new();

    public string DatabasePath => Path.Combine(_dataFolder, "customergraph.db");

    /// <summary>A client of API user <paramref name="user"/> (the token's <c>sub</c>) acting for the account.</summary>
    public HttpClient ClientFor(Guid accountId, string user)
    {
        var client = new HttpClient { BaseAddress = Server, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            TestTokens.For(accountId, descriptor => descriptor.Claims["sub"] = user)
        );
        return client;
    }

    public void Dispose()
    {
        Factory.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>The host's errors (and worse) as text.</summary>
    public sealed class CapturedErrors : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(CapturedErrors owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(
                LogLevel logLevel,
                EventId eventId,
                TState state,
                Exception? exception,
                Func<TState, Exception?, string> formatter
            )
            {
                if (IsEnabled(logLevel) && owner.Lines.Count < 20)
                    owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}

/// <summary>
/// The load test: account A (the demo data) and a new account B, two API users each with two workers, read and write
/// over GraphQL and REST under a rate limit for <c>CUSTOMERGRAPH_LOAD_SECONDS</c> (default 300). Then no answer may
/// have been a 5xx or lost in transport, no answer may have shown the other account's rows, and every acknowledged
/// write must be there, as acknowledged, for its account only: read back over both surfaces and checked in the
/// SQLite file. The figures go to <c>test-output/summaries/load.txt</c>.
/// </summary>
[Collection(LoadTestCollection.Name)]
public sealed class LoadTests
{
    private const string Customers = "/customer/v1/customers";

    private const string NodesQuery = """
        query($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            ... on Customer { customerId name version }
            ... on CustomerContact { contactId name customer { customerId } }
          }
        }
        """;

    [Fact]
    public async Task Two_accounts_under_rate_limits_get_no_5xx_never_see_each_other_and_keep_every_acknowledged_write()
    {
        var duration = TimeSpan.FromSeconds(LoadSeconds());
        using var host = new LoadHost();
        var alpha = new LoadAccount("A", DemoSeed.DemoAccountId);
        var bravo = new LoadAccount("B", Guid.NewGuid());
        (alpha.Other, bravo.Other) = (bravo, alpha);
        await SeedAsync(host, alpha);

        var tally = new LoadTally();
        var clients = new List<HttpClient>();
        var workers = new List<LoadWorker>();
        foreach (var (account, accountIndex) in new[] { alpha, bravo }.Select((account, i) => (account, i)))
            for (var user = 1; user <= 2; user++)
            {
                var name = $"{account.Name.ToLowerInvariant()}{user}";
                var client = host.ClientFor(account.Id, $"load-{name}");
                clients.Add(client);
                for (var worker = 1; worker <= 2; worker++)
                    workers.Add(
                        new LoadWorker(
                            account,
                            client,
                            $"{name}.{worker}",
                            1000 * accountIndex + 10 * user + worker,
                            tally
                        )
                    );
            }
        var started = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow + duration;
        await Task.WhenAll(workers.Select(worker => worker.RunAsync(deadline)));
        var elapsed = started.Elapsed;
        clients.ForEach(client => client.Dispose());

        // The verifiers are API users of their own, waiting out the rate limit like any other.
        List<string> alphaProblems = [],
            bravoProblems = [],
            problems = [];
        var reports = await Task.WhenAll(
            VerifyAsync(host, alpha, alphaProblems),
            VerifyAsync(host, bravo, bravoProblems)
        );
        var (alphaReport, bravoReport) = (reports[0], reports[1]);
        problems.AddRange([.. alphaProblems, .. bravoProblems]);
        await VerifyDatabaseAsync(host, [alpha, bravo], problems);

        var summary = Summary(elapsed, tally, alphaReport, bravoReport, problems);
        File.WriteAllText(Path.Combine(NodeScript.OutputDirectory("summaries"), "load.txt"), summary + "\n");

        var report =
            $"{summary}\nstatuses: {tally.DescribeStatuses()}\n{tally.DescribeProblems()}\n"
            + string.Join("\n", problems.Take(50))
            + "\nhost errors:\n"
            + string.Join("\n", host.Errors.Lines);
        Assert.True(tally.CountBetween(500, 999) == 0, report);
        Assert.True(tally.ProblemCount("transport failure") == 0, report);
        Assert.True(tally.DescribeProblems().Length == 0, report);
        Assert.True(problems.Count == 0, report);
        // The run must have exercised what it claims to: the limit bit, and both accounts wrote.
        Assert.True(tally.Count(429) > 0, report);
        Assert.True(alphaReport.Creates > 0 && bravoReport.Creates > 0, report);
        Assert.True(alphaReport.Updates > 0 && bravoReport.Updates > 0, report);
        Assert.True(alphaReport.Contacts > 0 && bravoReport.Contacts > 0, report);
    }

    /// <summary>The run's length in seconds: <c>CUSTOMERGRAPH_LOAD_SECONDS</c>, 300 by default.</summary>
    private static int LoadSeconds()
    {
        var text = Environment.GetEnvironmentVariable("CUSTOMERGRAPH_LOAD_SECONDS");
        if (string.IsNullOrEmpty(text))
            return 300;
        Assert.True(
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0,
            $"CUSTOMERGRAPH_LOAD_SECONDS must be a whole number of seconds, not '{text}'"
        );
        return seconds;
    }

    /// <summary>Records the rows the account has before the run (the demo data), which the other must never see.</summary>
    private static async Task SeedAsync(LoadHost host, LoadAccount account)
    {
        var contexts = host.Factory.Services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var customers = await db
            .Customers.Where(c => c.AccountId == account.Id)
            .Select(c => c.Id)
            .ToListAsync();
        var contacts = await db
            .Contacts.Where(c => c.AccountId == account.Id)
            .Select(c => new { c.Id, c.CustomerId })
            .ToListAsync();
        Assert.NotEmpty(customers);
        Assert.NotEmpty(contacts);
        account.Seed(customers, [.. contacts.Select(contact => (contact.Id, contact.CustomerId))]);
    }

    /// <summary>What was acknowledged to an account and then found as acknowledged.</summary>
    private sealed record AccountReport(
        string Name,
        int Creates,
        int Updates,
        int Contacts,
        int Verified,
        int Listed
    );

    /// <summary>
    /// Reads the account's customers back as a new API user of it (REST pages of 1,000 and GraphQL <c>nodes</c>)
    /// and as one of the other account, and compares them with what was acknowledged.
    /// </summary>
    private static async Task<AccountReport> VerifyAsync(
        LoadHost host,
        LoadAccount account,
        List<string> problems
    )
    {
        using var owner = host.ClientFor(account.Id, $"verifier-{account.Name}");
        using var other = host.ClientFor(account.Other.Id, $"verifier-{account.Name}-other");
        var listed = await ListCustomersAsync(owner, problems);
        var listedByOther = await ListCustomersAsync(other, problems);
        var verified = 0;

        foreach (var customer in account.Customers.Values)
        {
            var acknowledged = customer.Acknowledged;
            var (version, name) = customer.Latest;
            if (acknowledged.Select(state => state.Version).Distinct().Count() != acknowledged.Count)
                problems.Add(
                    $"{account.Name}: customer {customer.Id} had two updates acknowledged for one version: "
                        + string.Join(", ", acknowledged)
                );
            if (listedByOther.ContainsKey(customer.Id))
                problems.Add(
                    $"{account.Name}: cross-account: customer {customer.Id} is listed for account {account.Other.Name}"
                );
            if (!listed.TryGetValue(customer.Id, out var found))
                problems.Add($"{account.Name}: acknowledged customer {customer.Id} ({name}) is missing");
            else if (found != (version, name) && !(customer.HadUnknownUpdate && found.Version == version + 1))
                problems.Add(
                    $"{account.Name}: customer {customer.Id} is {found}, acknowledged as ({version}, {name})"
                );
            else
                verified++;
        }

        var expected = account.Customers.Keys.Concat(account.SeededCustomers).ToHashSet();
        var unacknowledged = listed.Keys.Where(id => !expected.Contains(id)).ToList();
        if (unacknowledged.Count > account.UnknownCreates)
            problems.Add(
                $"{account.Name}: {unacknowledged.Count} customers listed that were never acknowledged "
                    + $"(only {account.UnknownCreates} creates went unanswered): {string.Join(", ", unacknowledged.Take(10))}"
            );
        var missingSeed = account.SeededCustomers.Where(id => !listed.ContainsKey(id)).ToList();
        if (missingSeed.Count > 0)
            problems.Add($"{account.Name}: {missingSeed.Count} customers of the demo data are missing");
        foreach (
            var duplicate in account
                .Customers.Values.GroupBy(c => c.ExternalReference)
                .Where(g => g.Count() > 1)
        )
            problems.Add(
                $"{account.Name}: external reference {duplicate.Key} acknowledged for {duplicate.Count()} customers"
            );

        var customerIds = account.Customers.Keys.Select(id => GlobalId.Encode("Customer", id)).ToList();
        var contactIds = account.Contacts.Keys.Select(id => GlobalId.Encode("CustomerContact", id)).ToList();
        foreach (var node in await NodesAsync(owner, customerIds, problems))
        {
            var customer = account.Customers[Guid.Parse(node.GetProperty("customerId").GetString()!)];
            var state = (node.GetProperty("version").GetInt32(), node.GetProperty("name").GetString()!);
            if (state != customer.Latest && !customer.HadUnknownUpdate)
                problems.Add(
                    $"{account.Name}: node of customer {customer.Id} is {state}, acknowledged {customer.Latest}"
                );
        }
        var contactNodes = await NodesAsync(owner, contactIds, problems);
        foreach (var node in contactNodes)
        {
            var contact = account.Contacts[Guid.Parse(node.GetProperty("contactId").GetString()!)];
            var customerId = Guid.Parse(node.GetProperty("customer").GetProperty("customerId").GetString()!);
            if (node.GetProperty("name").GetString() != contact.Name || customerId != contact.CustomerId)
                problems.Add($"{account.Name}: contact {contact.Id} reads {node}, acknowledged as {contact}");
            else
                verified++;
        }
        var byOther = await NodesAsync(other, [.. customerIds, .. contactIds], problems, expectNull: true);
        if (byOther.Count > 0)
            problems.Add(
                $"{account.Name}: cross-account: account {account.Other.Name} read {byOther.Count} of its nodes"
            );

        return new AccountReport(
            account.Name,
            account.Customers.Count,
            account.Customers.Values.Sum(customer => customer.Acknowledged.Count - 1),
            account.Contacts.Count,
            verified,
            listed.Count
        );
    }

    /// <summary>Every customer the client's account has, by REST pages of 1,000: id → (version, name).</summary>
    private static async Task<Dictionary<Guid, (int Version, string Name)>> ListCustomersAsync(
        HttpClient client,
        List<string> problems
    )
    {
        var customers = new Dictionary<Guid, (int, string)>();
        for (var page = 0; ; page++)
        {
            var answer = await SendAsync(
                client,
                HttpMethod.Get,
                $"{Customers}?page={page}&size=1000&sort=createdAt"
            );
            Assert.True(answer.Status == 200, answer.Body);
            var json = answer.Json;
            foreach (var customer in json.GetProperty("content").EnumerateArray())
            {
                var id = Guid.Parse(customer.GetProperty("id").GetString()!);
                var state = (
                    customer.GetProperty("version").GetInt32(),
                    customer.GetProperty("name").GetString()!
                );
                if (!customers.TryAdd(id, state))
                    problems.Add($"customer {id} listed twice");
            }
            if (page + 1 >= json.GetProperty("totalPages").GetInt32())
                return customers;
        }
    }

    /// <summary>
    /// The nodes of the ids, 100 per request; each must be found, or with <paramref name="expectNull"/> none may be
    /// (the nodes found are returned).
    /// </summary>
    private static async Task<List<JsonElement>> NodesAsync(
        HttpClient client,
        List<string> ids,
        List<string> problems,
        bool expectNull = false
    )
    {
        var found = new List<JsonElement>();
        foreach (var batch in ids.Chunk(100))
        {
            var answer = await SendAsync(
                client,
                HttpMethod.Post,
                "/graphql",
                JsonSerializer.Serialize(new { query = NodesQuery, variables = new { ids = batch } })
            );
            Assert.True(answer.Status == 200 && !answer.Json.TryGetProperty("errors", out _), answer.Body);
            var nodes = answer.Json.GetProperty("data").GetProperty("nodes");
            for (var i = 0; i < batch.Length; i++)
            {
                if (nodes[i].ValueKind != JsonValueKind.Null)
                    found.Add(nodes[i].Clone());
                else if (!expectNull)
                    problems.Add($"node {batch[i]} is not found by its account");
            }
        }
        return found;
    }

    /// <summary>
    /// Checks the SQLite file itself: every acknowledged customer and contact is stored under the account that
    /// created it, no account has contacts it was not acknowledged (nor had before), and no contact belongs to
    /// another account than its customer.
    /// </summary>
    private static async Task VerifyDatabaseAsync(
        LoadHost host,
        LoadAccount[] accounts,
        List<string> problems
    )
    {
        await using var connection = new SqliteConnection(
            $"Data Source={host.DatabasePath};Mode=ReadOnly;Pooling=False"
        );
        await connection.OpenAsync();
        var customerAccounts = new Dictionary<Guid, Guid>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, AccountId FROM Customers";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                customerAccounts[Guid.Parse(reader.GetString(0))] = Guid.Parse(reader.GetString(1));
        }
        var contactRows = new Dictionary<Guid, (Guid Account, Guid Customer)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, AccountId, CustomerId FROM CustomerContacts";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                contactRows[Guid.Parse(reader.GetString(0))] = (
                    Guid.Parse(reader.GetString(1)),
                    Guid.Parse(reader.GetString(2))
                );
        }
        foreach (var account in accounts)
        {
            foreach (var id in account.Customers.Keys)
                if (!customerAccounts.TryGetValue(id, out var owner) || owner != account.Id)
                    problems.Add(
                        $"database: cross-account: customer {id} of {account.Name} is stored for account {owner}"
                    );
            foreach (var contact in account.Contacts.Values)
                if (
                    !contactRows.TryGetValue(contact.Id, out var row)
                    || row != (account.Id, contact.CustomerId)
                )
                    problems.Add($"database: contact {contact.Id} of {account.Name} is stored as {row}");
            var seeded = account.SeededContacts.Select(contact => contact.Contact).ToHashSet();
            var unacknowledged = contactRows.Count(pair =>
                pair.Value.Account == account.Id
                && !account.Contacts.ContainsKey(pair.Key)
                && !seeded.Contains(pair.Key)
            );
            if (unacknowledged > account.UnknownContacts)
                problems.Add(
                    $"database: {unacknowledged} contacts of {account.Name} were never acknowledged "
                        + $"(only {account.UnknownContacts} creates went unanswered)"
                );
        }
        foreach (var (id, row) in contactRows)
            if (customerAccounts.GetValueOrDefault(row.Customer) != row.Account)
                problems.Add(
                    $"database: cross-account: contact {id} of account {row.Account} has another's customer"
                );
    }

    /// <summary>A verification request: waits out every 429 (at most a second at a time), then returns the answer.</summary>
    private static async Task<LoadAnswer> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string? json = null
    )
    {
        while (true)
        {
            using var request = new HttpRequestMessage(method, path);
            if (json is not null)
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            if ((int)response.StatusCode != 429)
                return new LoadAnswer(
                    (int)response.StatusCode,
                    await response.Content.ReadAsStringAsync(),
                    null
                );
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            await Task.Delay(wait < TimeSpan.FromSeconds(1) ? wait : TimeSpan.FromSeconds(1));
        }
    }

    private static string Summary(
        TimeSpan elapsed,
        LoadTally tally,
        AccountReport alpha,
        AccountReport bravo,
        List<string> problems
    )
    {
        var crossAccount =
            tally.ProblemCount("cross-account read")
            + tally.ProblemCount("cross-account text")
            + problems.Count(problem => problem.Contains("cross-account", StringComparison.Ordinal));
        var requests = tally.Requests;
        var otherClientErrors =
            tally.CountBetween(400, 499)
            - tally.Count(404)
            - tally.Count(409)
            - tally.Count(412)
            - tally.Count(429);
        static string Account(AccountReport report) =>
            $"account {report.Name}: {report.Creates + report.Updates + report.Contacts} writes acknowledged "
            + $"({report.Creates} customers, {report.Updates} updates, {report.Contacts} contacts), "
            + $"{report.Verified} of {report.Creates + report.Contacts} rows verified as acknowledged, "
            + $"{report.Listed} customers listed";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Load test: {elapsed.TotalSeconds:0} s, 8 workers (2 accounts x 2 users x 2), budget {LoadHost.Budget} "
                + $"per {LoadHost.Window.TotalSeconds:0} s per user; {requests} requests ({requests / elapsed.TotalSeconds:0.0}/s): "
                + $"2xx {tally.CountBetween(200, 299)}, 404 {tally.Count(404)}, 409 {tally.Count(409)}, "
                + $"412 {tally.Count(412)}, 429 {tally.Count(429)}, other 4xx {otherClientErrors}, "
                + $"5xx {tally.CountBetween(500, 999)}, transport failures {tally.Count(0)}; "
                + $"latency (429s aside) p50 {tally.Percentile(0.50):0.0} ms, p95 {tally.Percentile(0.95):0.0} ms, "
                + $"p99 {tally.Percentile(0.99):0.0} ms; stale-version refusals {tally.StaleVersions}, "
                + $"duplicate references {tally.Duplicates}; {Account(alpha)}; {Account(bravo)}; "
                + $"{tally.CrossAccountReads} reads of the other account's ids; "
                + $"cross-account rows {crossAccount}; problems {tally.ProblemTotal + problems.Count}"
        );
    }
}
