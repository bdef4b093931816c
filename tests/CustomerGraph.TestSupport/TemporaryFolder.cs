using Microsoft.Data.Sqlite;

namespace CustomerGraph.TestSupport;

/// <summary>
/// A fresh folder under the system's temp folder (for a test's SQLite files, schema or documents), deleted with
/// everything in it on dispose.
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Names a folder <c>customergraph-{purpose}-{guid}</c>; it is created on first use, not here.</summary>
    public TemporaryFolder(string purpose) =>
        Path = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            $"customergraph-{purpose}-{Guid.NewGuid():N}"
        );

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>Creates the folder when it is not there yet and returns its path.</summary>
    public string Create() => Directory.CreateDirectory(Path).FullName;

    /// <summary>Releases pooled SQLite connections (they keep the files open) and deletes the folder.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(Path))
                Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner; no test outcome depends on it.
        }
    }
}
