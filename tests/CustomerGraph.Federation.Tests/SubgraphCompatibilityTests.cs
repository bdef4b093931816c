using System.Net;

namespace CustomerGraph.Federation.Tests;

/// <summary>Apollo's subgraph compatibility suite against the products subgraph built with the engine.</summary>
public sealed class SubgraphCompatibilityTests(CompatibilityRun run) : IClassFixture<CompatibilityRun>
{
    [Fact]
    public void Every_check_of_the_compatibility_suite_passes()
    {
        var passed = CompatibilityRun.Checks.Where(c => run.CheckPasses(c.Assertion)).ToList();
        var required = CompatibilityRun.Checks.Where(c => c.Required).ToList();
        var summary =
            $"federation subgraph compatibility (@apollo/federation-subgraph-compatibility 1.2.1): {passed.Count}/{CompatibilityRun.Checks.Length} checks pass "
            + $"({passed.Count(c => c.Required)}/{required.Count} required, {passed.Count(c => !c.Required)}/{CompatibilityRun.Checks.Length - required.Count} optional; "
            + $"jest {run.Tests.Count(t => t.Passed)}/{run.Tests.Count}), products on this engine with the suite's users and inventory behind Hive Gateway 2.15.1, loopback only";
        var summaries = Directory.CreateDirectory(RepositoryRoot.Combine("test-output", "summaries"));
        File.WriteAllText(Path.Combine(summaries.FullName, "federation-compatibility.txt"), summary + "\n");

        Assert.Equal([], run.Tests.Where(t => !t.Passed).Select(t => t.Name));
        Assert.Equal(CompatibilityRun.Checks.Select(c => c.Assertion), passed.Select(c => c.Assertion));
    }

    [Fact]
    public void No_connection_leaves_the_loopback_interface_while_the_suite_runs()
    {
        Assert.Equal(["lo"], run.Interfaces);
        Assert.NotEmpty(run.Network.PeersSeen); // the sampling saw the run's own connections
        Assert.All(
            run.Network.PeersSeen,
            peer =>
                Assert.True(
                    IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer),
                    $"{peer} is not loopback"
                )
        );
    }
}
