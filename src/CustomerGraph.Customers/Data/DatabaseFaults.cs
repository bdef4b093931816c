using Npgsql;

namespace CustomerGraph.Customers.Data;

/// <summary>Tells a database that cannot be reached (down, restarting, refusing connections) from other faults.</summary>
public static class DatabaseFaults
{
    /// <summary>
    /// Whether <paramref name="exception"/> or one of its causes says the database is unavailable for now: a
    /// transient Npgsql fault (connection refused or broken, a timeout, the server shutting down or starting up, too
    /// many connections). Such a request may succeed when repeated later; nothing else is classified so.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
            if (current is NpgsqlException { IsTransient: true })
                return true;
        return false;
    }
}
