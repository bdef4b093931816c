namespace CustomerGraph.Api.Tests;

/// <summary>Waits for a condition that becomes true on its own (a reconnection, an expiry), failing after a bound.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; fails after 20 seconds.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string? what = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Still not true after 20 s: {what ?? "the condition"}.");
            await Task.Delay(100);
        }
    }
}
