namespace CustomerGraph.Conformance.Tests;

/// <summary>Shares one <see cref="ConformanceRun"/> (one oracle run) among all conformance test classes.</summary>
[CollectionDefinition(Name)]
public sealed class ConformanceCollection : ICollectionFixture<ConformanceRun>
{
    public const string Name = "graphql-js conformance";

    /// <summary>Fails listing every mismatch, not just the first.</summary>
    public static void AssertNoMismatches(IEnumerable<string> mismatches, int total, string what)
    {
        var list = mismatches.ToList();
        if (list.Count > 0)
            Assert.Fail(
                $"{list.Count} of {total} {what}:{Environment.NewLine}- "
                    + string.Join(Environment.NewLine + "- ", list)
            );
    }
}
