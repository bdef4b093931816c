namespace CustomerGraph.Supergraph.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding <c>CustomerGraph.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A folder of the test command's output (<c>test-output/…</c>), created when missing.</summary>
    public static string OutputDirectory(string child)
    {
        var directory = Path.Combine(Root, "test-output", child);
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string FindRoot()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
            if (File.Exists(Path.Combine(directory.FullName, "CustomerGraph.sln")))
                return directory.FullName;
        throw new InvalidOperationException(
            "The tests run outside the repository: CustomerGraph.sln not found."
        );
    }
}
