using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CustomerGraph.Cluster.Tests;

/// <summary>
/// Two hosts behind nginx on one PostgreSQL and one Redis, all real processes on loopback: start-up on a fresh
/// database, account provisioning, the shared budget and persisted queries, the database going away, and a load
/// run through an instance killed with SIGKILL, a Redis restart and a PostgreSQL restart.
/// </summary>
public sealed class ClusterTests(LocalCluster cluster) : IClassFixture<LocalCluster>, IDisposable
{
    private static readonly Guid DemoAccount = Guid.Parse("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e");

    private readonly ClusterClient _client = new();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task InstancesStartedTogetherOnAFreshDatabaseMigrateAndSeedOnce()
    {
        await cluster.WaitAllReadyAsync();
        var migrations = Directory
            .GetFiles(
                RepositoryRoot.Combine("src", "CustomerGraph.Customers", "Data", "Migrations", "PostgreSql"),
                "*.cs"
            )
            .Count(file => !file.EndsWith(".Designer.cs") && !file.EndsWith("ModelSnapshot.cs"));
        Assert.Equal(
            (long)migrations,
            await cluster.ScalarAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\"")
        );
        // Both hosts found an empty database; the seed ran once (200 customers), not once per host.
        Assert.Equal(
            200L,
            await cluster.ScalarAsync<long>(
                "SELECT count(*) FROM \"Customers\" WHERE \"AccountId\" = @account",
                ("account", DemoAccount)
            )
        );
    }

    [Fact]
    public async Task ANewAccountSeenByBothInstancesAtOnceIsRecordedOnce()
    {
        await cluster.WaitAllReadyAsync();
        var account = Guid.NewGuid();
        var token = cluster.Token($"provisioning-{account:N}", account);
        var answers = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(i =>
                    _client.QueryAsync(
                        cluster.Host(i % 2 + 1),
                        token,
                        "{ customers(first: 1) { nodes { id } } }"
                    )
                )
        );
        Assert.All(
            answers,
            answer => Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.Text)
        );
        Assert.Equal(
            1L,
            await cluster.ScalarAsync<long>(
                "SELECT count(*) FROM \"Accounts\" WHERE \"Id\" = @account",
                ("account", account)
            )
        );
    }

    [Fact]
    public async Task BudgetSpentThroughOneInstanceIsWhatTheOtherReports()
    {
        await cluster.WaitAllReadyAsync();
        var token = cluster.Token($"budget-{Guid.NewGuid():N}", DemoAccount);
        var spent = await _client.QueryAsync(
            cluster.Host(1),
            token,
            "{ customers(first: 10) { nodes { id } } rateLimit { cost remaining } }"
        );
        Assert.True(spent.Status == 200 && spent.ErrorCodes.Count == 0, spent.Text);
        var costA = (int)spent.Data!["rateLimit"]!["cost"]!;
        var remainingA = (int)spent.Data!["rateLimit"]!["remaining"]!;
        Assert.True(costA > 0);
        Assert.Equal(LocalCluster.Budget - costA, remainingA);

        var read = await _client.QueryAsync(cluster.Host(2), token, "{ rateLimit { cost remaining } }");
        Assert.True(read.Status == 200 && read.ErrorCodes.Count == 0, read.Text);
        Assert.Equal(
            remainingA - (int)read.Data!["rateLimit"]!["cost"]!,
            (int)read.Data!["rateLimit"]!["remaining"]!
        );
    }

    [Fact]
    public async Task EightWorkersOnBothInstancesNeverSpendMoreThanTheBudget()
    {
        await cluster.WaitAllReadyAsync();
        var token = cluster.Token($"budget-race-{Guid.NewGuid():N}", DemoAccount);
        const string query = "{ customers(first: 20) { nodes { id name } } rateLimit { cost } }";
        var admitted = 0L;
        var refused = 0;
        var unexpected = new List<string>();
        await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(async worker =>
                {
                    for (var i = 0; i < 1000; i++)
                    {
                        var answer = await _client.QueryAsync(cluster.Host(worker % 2 + 1), token, query);
                        if (answer.Status == 200 && answer.ErrorCodes.Count == 0)
                            Interlocked.Add(ref admitted, (int)answer.Data!["rateLimit"]!["cost"]!);
                        else if (answer.ErrorCodes.Contains("RATE_LIMITED"))
                        {
                            Interlocked.Increment(ref refused);
                            return;
                        }
                        else
                            lock (unexpected)
                                unexpected.Add($"{answer.Status} {answer.Text}");
                    }
                })
        );
        Assert.Empty(unexpected);
        Assert.Equal(8, refused);
        Assert.InRange(admitted, 1, LocalCluster.Budget);
    }

    [Fact]
    public async Task APersistedQueryRegisteredThroughOneInstanceIsAHitThroughTheOther()
    {
        await cluster.WaitAllReadyAsync();
        var token = cluster.Token($"apq-{Guid.NewGuid():N}", DemoAccount);
        var query = $"query Apq{Guid.NewGuid():N} {{ customers(first: 2) {{ nodes {{ id }} }} }}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        JsonObject Extensions() =>
            new()
            {
                ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash },
            };

        var unknown = await _client.PostAsync(
            cluster.Host(2),
            token,
            new JsonObject { ["extensions"] = Extensions() }
        );
        Assert.Contains("PERSISTED_QUERY_NOT_FOUND", unknown.ErrorCodes);
        var registered = await _client.PostAsync(
            cluster.Host(1),
            token,
            new JsonObject { ["query"] = query, ["extensions"] = Extensions() }
        );
        Assert.True(registered.Status == 200 && registered.ErrorCodes.Count == 0, registered.Text);
        var hit = await _client.PostAsync(
            cluster.Host(2),
            token,
            new JsonObject { ["extensions"] = Extensions() }
        );
        Assert.True(hit.Status == 200 && hit.ErrorCodes.Count == 0, hit.Text);
        Assert.Equal(2, hit.Data!["customers"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task WhilePostgreSqlIsDownRequestsGetServiceUnavailableAndRecoverWithoutARestart()
    {
        await cluster.WaitAllReadyAsync();
        var token = cluster.Token($"pg-down-{Guid.NewGuid():N}", Guid.NewGuid());
        var known = cluster.Token($"pg-down-{Guid.NewGuid():N}", DemoAccount);
        var pids = new[] { cluster.HostPid(1), cluster.HostPid(2) };
        await _client.QueryAsync(cluster.Host(1), known, "{ customers(first: 1) { nodes { id } } }");
        await cluster.ServiceAsync("postgres", "stop");
        try
        {
            var timer = Stopwatch.StartNew();
            // A known account reaches the resolver: a field error with the code, the response with Retry-After.
            var query = await _client.QueryAsync(
                cluster.Host(1),
                known,
                "{ customers(first: 1) { nodes { id } } }"
            );
            Assert.Contains("SERVICE_UNAVAILABLE", query.ErrorCodes);
            Assert.NotEqual(500, query.Status);
            Assert.NotNull(query.RetryAfterSeconds);
            // A new account fails while being provisioned, before GraphQL runs: 503 with the same code.
            var provisioning = await _client.QueryAsync(
                cluster.Host(2),
                token,
                "{ customers(first: 1) { nodes { id } } }"
            );
            Assert.Equal(503, provisioning.Status);
            Assert.Equal(["SERVICE_UNAVAILABLE"], provisioning.ErrorCodes);
            Assert.NotNull(provisioning.RetryAfterSeconds);
            var mutation = await _client.QueryAsync(
                cluster.Balancer,
                known,
                "mutation { createCustomer(input: { name: \"While down\" }) { customer { id } } }"
            );
            Assert.Contains("SERVICE_UNAVAILABLE", mutation.ErrorCodes);
            Assert.NotEqual(500, mutation.Status);
            var rest = await _client.GetAsync(cluster.Host(2), "/customer/v1/customers", known);
            Assert.Equal(503, rest.Status);
            Assert.Equal("service_unavailable", (string?)rest.Json?["code"]);
            Assert.Equal(503, (int?)rest.Json?["status"]);
            Assert.NotNull(rest.RetryAfterSeconds);
            for (var instance = 1; instance <= LocalCluster.Instances; instance++)
                Assert.Equal(503, (await _client.GetAsync(cluster.Host(instance), "/readyz")).Status);
            // Well inside the 30 s request timeout, though every read was retried.
            Assert.InRange(timer.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        }
        finally
        {
            await cluster.ServiceAsync("postgres", "start");
        }
        await cluster.WaitAllReadyAsync();
        var after = await _client.QueryAsync(
            cluster.Host(2),
            token,
            "{ customers(first: 1) { nodes { id } } }"
        );
        Assert.True(after.Status == 200 && after.ErrorCodes.Count == 0, after.Text);
        Assert.Equal(pids, new[] { cluster.HostPid(1), cluster.HostPid(2) });
    }

    [Fact]
    public async Task MixedLoadThroughKilledInstanceAndRestartedStoresLosesNoAcknowledgedWrite()
    {
        var run = await ChaosRun.ExecuteAsync(cluster, _client);
        var summary = run.Summary();
        var output = RepositoryRoot.Combine("test-output", "summaries");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "cluster.txt"), summary);

        Assert.True(
            run.Undocumented.Count == 0,
            "Undocumented failures:\n" + string.Join("\n", run.Undocumented.Take(20)) + "\n" + summary
        );
        Assert.Equal(0, run.Count(status: 500));
        Assert.True(run.AcknowledgedWrites.Count > 0, summary);
        var stored = await cluster.ScalarAsync<long>(
            "SELECT count(*) FROM \"Customers\" WHERE \"Name\" = ANY(@names)",
            ("names", run.AcknowledgedWrites.ToArray())
        );
        Assert.Equal(run.AcknowledgedWrites.Count, stored);
        for (var instance = 1; instance <= LocalCluster.Instances; instance++)
        {
            var answer = await _client.QueryAsync(
                cluster.Host(instance),
                cluster.Token("after-chaos", DemoAccount),
                "{ customers(first: 1) { nodes { id } } }"
            );
            Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.Text);
        }
    }
}
