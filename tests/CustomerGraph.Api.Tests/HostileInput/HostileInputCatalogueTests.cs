namespace CustomerGraph.Api.Tests;

/// <summary>
/// Issue "Trust" item 6: every hostile request of the catalogue, over real HTTP, gets its specific documented error
/// (never a 5xx, a stack trace or a hang), the server keeps serving, and the database is unchanged.
/// </summary>
public sealed class HostileInputCatalogueTests(HostileInputHost host) : IClassFixture<HostileInputHost>
{
    public static TheoryData<CaseName> Cases =>
        [.. HostileInputCatalogue.All.Select(c => new CaseName(c.DisplayName))];

    [Fact]
    public void The_catalogue_covers_every_category_on_both_surfaces_with_unique_names()
    {
        var all = HostileInputCatalogue.All;
        Assert.True(all.Count >= 360, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.DisplayName).Distinct().Count());
        // Aliases and introspection exist only in GraphQL.
        string[] graphQLOnly = [HostileInputCatalogue.AliasFlood, HostileInputCatalogue.IntrospectionLoop];
        foreach (var category in all.Select(c => c.Category).Distinct())
        {
            var surfaces = all.Where(c => c.Category == category).Select(c => c.Surface).ToHashSet();
            Assert.True(
                surfaces.Contains(Surface.Rest) || graphQLOnly.Contains(category),
                $"{category} has no REST case"
            );
            // Every REST category reaches the contacts and the customer assets endpoints too.
            var restPaths = all.Where(c => c.Category == category && c.Surface == Surface.Rest)
                .Select(c => c.Path)
                .ToList();
            foreach (var resource in new[] { "/contacts", "/assets" })
                Assert.True(
                    restPaths.Count == 0 || restPaths.Any(path => path.Contains(resource)),
                    $"{category} has no case on {resource}"
                );
            Assert.True(
                surfaces.Overlaps([Surface.GraphQLPost, Surface.GraphQLGet, Surface.GraphQLBatch]),
                category
            );
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_its_documented_error_and_changes_nothing(CaseName @case)
    {
        var hostile = HostileInputCatalogue.Find(@case.Value);
        var passed = false;
        try
        {
            var checksum = DatabaseChecksum.Of(host.DatabaseFile);
            var customers = await host.CustomerCountAsync();
            using var request = hostile.CreateRequest(host.Seeded);
            HttpResponseMessage response;
            string body;
            try
            {
                response = await host.ClientFor(hostile).SendAsync(request);
                body = await response.Content.ReadAsStringAsync();
            }
            catch (TaskCanceledException)
            {
                throw new Xunit.Sdk.XunitException(
                    $"no answer within {HostileInputHost.CaseTimeout.TotalSeconds} s: a hang"
                );
            }
            using (response)
            {
                Assert.True(
                    response.StatusCode == hostile.Expected.Status,
                    $"expected {(int)hostile.Expected.Status}, got {(int)response.StatusCode}: {Excerpt(body)}"
                );
                hostile.Expected.CheckAnswer(hostile.Surface, response, body);
            }
            await host.AssertStillServingAsync(customers);
            Assert.Equal(checksum, DatabaseChecksum.Of(host.DatabaseFile));
            passed = true;
        }
        finally
        {
            host.Record(hostile, passed);
        }
    }

    private static string Excerpt(string body) => body.Length <= 600 ? body : body[..600] + "…";
}
