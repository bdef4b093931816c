namespace CustomerGraph.Benchmarks;

/// <summary>The benchmark documents, embedded so BenchmarkDotNet's child processes find them wherever they run.</summary>
internal static class BenchmarkDocuments
{
    public static string Read(string fileName)
    {
        using var stream =
            typeof(BenchmarkDocuments).Assembly.GetManifestResourceStream($"Documents/{fileName}")
            ?? throw new FileNotFoundException($"No embedded benchmark document {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
