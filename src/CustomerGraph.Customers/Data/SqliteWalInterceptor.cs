using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerGraph.Customers.Data;

/// <summary>Puts every SQLite connection in write-ahead-log mode, so readers never wait for the writer.</summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    /// <summary>The shared instance; it holds no state.</summary>
    public static readonly SqliteWalInterceptor Instance = new();

    // journal_mode=WAL persists in the file; synchronous=NORMAL is the durable-enough setting WAL is meant for.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
