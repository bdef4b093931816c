using CustomerGraph.Graph.Scalars;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph;

/// <summary>Loads the public contract: every <c>*.graphql</c> file of the schema directory with the custom scalars.</summary>
public static class CustomerGraphSchema
{
    /// <summary>
    /// Builds the schema from <paramref name="schemaDirectory"/>'s SDL files (in name order, so errors are stable) and
    /// binds the <c>DateTime</c>, <c>Date</c> and <c>Cursor</c> scalars. Throws <see cref="CustomerGraph.GraphQL.Errors.SchemaException"/>
    /// listing every problem.
    /// </summary>
    public static Schema Load(string schemaDirectory)
    {
        var files = Directory.GetFiles(schemaDirectory, "*.graphql").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new FileNotFoundException($"No *.graphql file in {Path.GetFullPath(schemaDirectory)}.");
        var builder = new SchemaBuilder();
        foreach (var file in files)
            builder.AddTypeDefinitions(File.ReadAllText(file), Path.GetFileName(file));
        return AddScalars(builder).Build();
    }

    /// <summary>Binds the coercion of the contract's custom scalars (<c>DateTime</c>, <c>Date</c>, <c>Cursor</c>).</summary>
    public static SchemaBuilder AddScalars(SchemaBuilder builder) =>
        builder.AddScalar(new DateTimeScalar()).AddScalar(new DateScalar()).AddScalar(new CursorScalar());
}
