using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// Measures what federation costs and writes it to <c>test-output/summaries/federation.txt</c> (the figures of
/// docs/performance.md): <c>_entities</c> for 1, 20 and 100 customer representations straight at the customer graph, and
/// a customers page with a telemetry field through the gateway against the same page sent straight.
/// </summary>
[Collection(SupergraphCollection.Name)]
public class FederationFiguresTests(SupergraphStack stack)
{
    private const int Rounds = 60;

    [Fact]
    public async Task Entity_resolution_and_a_gateway_page_are_measured()
    {
        var direct = stack.Client(stack.CustomerGraph, stack.Alpha);
        var gateway = stack.Client(stack.Gateway, stack.Alpha);
        var ids = (await direct.QueryAsync("{ customers(first: 100) { nodes { customerId } } }"))[
            "customers"
        ]!["nodes"]!
            .AsArray()
            .Select(node => node!["customerId"]!.GetValue<string>())
            .ToArray();
        var report = new StringBuilder(
            "Federation (customer graph + telemetry subgraph, Hive Gateway), median of "
        )
            .Append(Rounds)
            .Append(" sequential requests on loopback\n");

        const string Entities = """
            query ($representations: [_Any!]!) { _entities(representations: $representations) {
              ... on Customer { customerId name email address { city country } } } }
            """;
        foreach (var count in new[] { 1, 20, 100 })
        {
            var representations = ids.Take(count)
                .Select(id => new { __typename = "Customer", customerId = id })
                .ToArray();
            var (median, statements) = await MeasureAsync(() =>
                direct.QueryAsync(Entities, new { representations })
            );
            Assert.Equal(1, statements);
            report.Append(
                CultureInfo.InvariantCulture,
                $"_entities, {count, 3} Customer representations: {median, 7:0.00} ms, {statements} SQL statement per request\n"
            );
        }

        const string Page = "{ customers(first: 20) { nodes { customerId name email } } }";
        const string JoinedPage =
            "{ customers(first: 20) { nodes { customerId name email fleetTelemetry { utilizationPercent openAlerts } } } }";
        var (straight, straightStatements) = await MeasureAsync(() => direct.QueryAsync(Page));
        var (joined, joinedStatements) = await MeasureAsync(() => gateway.QueryAsync(JoinedPage));
        var (proxied, _) = await MeasureAsync(() => gateway.QueryAsync(Page));
        report
            .Append(
                CultureInfo.InvariantCulture,
                $"customers(first: 20) straight at the customer graph:                  {straight, 7:0.00} ms, {straightStatements} SQL statement(s)\n"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"the same page through the gateway:                                    {proxied, 7:0.00} ms\n"
            )
            .Append(
                CultureInfo.InvariantCulture,
                $"the same page with fleetTelemetry (telemetry subgraph) via the gateway: {joined, 7:0.00} ms, {joinedStatements} SQL statement(s)\n"
            );
        var path = Path.Combine(Repository.OutputDirectory("summaries"), "federation.txt");
        await File.WriteAllTextAsync(path, report.ToString());
    }

    /// <summary>The median latency in milliseconds after a warm-up, and the SQL statements of one request.</summary>
    private async Task<(double Milliseconds, int Statements)> MeasureAsync(Func<Task> request)
    {
        for (var i = 0; i < 10; i++)
            await request();
        stack.SqlLog.Clear();
        await request();
        var statements = stack.SqlLog.Statements.Count;
        var times = new double[Rounds];
        for (var i = 0; i < Rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await request();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[Rounds / 2], statements);
    }
}
