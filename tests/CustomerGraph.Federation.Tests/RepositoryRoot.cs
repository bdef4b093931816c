namespace CustomerGraph.Federation.Tests;

/// <summary>Finds the repository's root folder: the nearest ancestor of the test binaries holding CustomerGraph.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Combine(params string[] relativeParts) =>
        System.IO.Path.Combine([Root.Value, .. relativeParts]);

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CustomerGraph.sln")))
                return folder.FullName;
        throw new InvalidOperationException($"No CustomerGraph.sln above {AppContext.BaseDirectory}.");
    }
}
