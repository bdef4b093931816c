namespace CustomerGraph.Customers;

/// <summary>Where the customer data lives and which account the seeds fill.</summary>
public sealed class CustomerDatabaseOptions
{
    /// <summary>The database engine; SQLite is the embedded default.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>A full connection string; when null, SQLite uses <see cref="DatabaseFileName"/> in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The app's data folder, relative to the working directory unless absolute.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The SQLite file name inside <see cref="DataFolder"/>.</summary>
    public string DatabaseFileName { get; set; } = "customergraph.db";

    /// <summary>The account the demo and large seeds fill; hosts without authentication act for it.</summary>
    public Guid DefaultAccountId { get; set; } = Seeding.DemoSeed.DemoAccountId;

    /// <summary>Whether start-up fills an empty database with the demo data set.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>The connection string to use, creating the data folder for the default SQLite file.</summary>
    public string ResolveConnectionString()
    {
        if (ConnectionString is not null)
            return ConnectionString;
        if (Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"A connection string is required for {Provider}.");
        var folder = Path.GetFullPath(DataFolder);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, DatabaseFileName)}";
    }
}

/// <summary>The database engines the model runs on without code changes.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
