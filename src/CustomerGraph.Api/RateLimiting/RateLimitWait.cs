using System.Globalization;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>A wait as a person writes it: "9 minutes, 46 seconds, 351 milliseconds", "1 hour", "1 millisecond".</summary>
public static class RateLimitWait
{
    /// <summary>
    /// Hours, minutes, seconds and milliseconds of <paramref name="milliseconds"/>, parts that are zero left out; a
    /// wait of nothing (or less) reads as 1 millisecond, the least a client can still wait.
    /// </summary>
    public static string Describe(long milliseconds)
    {
        var wait = Math.Max(1, milliseconds);
        var parts = new List<string>(4);
        Add(parts, wait / 3_600_000, "hour");
        Add(parts, wait / 60_000 % 60, "minute");
        Add(parts, wait / 1_000 % 60, "second");
        Add(parts, wait % 1_000, "millisecond");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count == 0)
            return;
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? "" : "s")}"));
    }
}
