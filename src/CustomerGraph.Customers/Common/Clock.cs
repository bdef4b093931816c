namespace CustomerGraph.Customers.Common;

/// <summary>Timestamps as the domain stores them.</summary>
internal static class Clock
{
    /// <summary>
    /// The current UTC time cut to whole microseconds, the precision PostgreSQL keeps, so a timestamp (and a
    /// cursor made from it) reads back identically on every provider.
    /// </summary>
    public static DateTime UtcNow(this TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerMicrosecond, DateTimeKind.Utc);
    }
}
