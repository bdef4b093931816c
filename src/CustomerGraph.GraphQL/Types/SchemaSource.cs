namespace CustomerGraph.GraphQL.Types;

/// <summary>One SDL document and the name its syntax errors carry (a file path, say).</summary>
public sealed record SchemaSource(string Name, string Sdl)
{
    /// <summary>
    /// Every <c>*.graphql</c> file under <paramref name="directory"/>, in ordinal order of their relative paths (so
    /// errors are stable), each named by that path.
    /// </summary>
    public static IReadOnlyList<SchemaSource> FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"The schema folder \"{directory}\" does not exist.");
        var sources = Directory
            .EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories)
            .Select(file => new SchemaSource(Path.GetRelativePath(directory, file), File.ReadAllText(file)))
            .OrderBy(source => source.Name, StringComparer.Ordinal)
            .ToList();
        if (sources.Count == 0)
            throw new InvalidOperationException(
                $"The schema folder \"{directory}\" holds no SDL file (*.graphql): there is no schema to serve."
            );
        return sources;
    }
}
