namespace CustomerGraph.Customers.Tests;

/// <summary>Assets have no service (they come from the fleet), so tests insert them directly.</summary>
public static class AssetFactory
{
    public static async Task<List<Asset>> AddAssetsAsync(TestDatabase db, int count, Guid? accountId = null)
    {
        var assets = Enumerable
            .Range(1, count)
            .Select(i => new Asset
            {
                Id = Guid.NewGuid(),
                AccountId = accountId ?? db.AccountId,
                Name = $"Asset {i:D4}",
                SerialNumber = $"SN{i:D6}",
                AssetType = AssetType.Machine,
            })
            .ToList();
        await using var context = await db.Contexts.CreateDbContextAsync();
        context.Assets.AddRange(assets);
        await context.SaveChangesAsync();
        db.Statements.Reset();
        return assets;
    }
}
