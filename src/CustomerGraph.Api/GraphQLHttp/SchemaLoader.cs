using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Builds the executable schema from the SDL files of a folder and the registered resolver modules.</summary>
public static class SchemaLoader
{
    /// <summary>Reads every <c>*.graphql</c> file under <paramref name="directory"/> (in ordinal path order) and binds the modules.</summary>
    public static ExecutableSchema Load(string directory, IEnumerable<IResolverModule> modules)
    {
        if (!Directory.Exists(directory))
            throw new InvalidOperationException($"The schema folder \"{directory}\" does not exist.");
        var files = Directory
            .EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new InvalidOperationException(
                $"The schema folder \"{directory}\" holds no SDL file (*.graphql): there is no schema to serve."
            );
        var builder = new SchemaBuilder();
        foreach (var file in files)
            builder.AddTypeDefinitions(File.ReadAllText(file), Path.GetRelativePath(directory, file));
        var moduleList = modules.ToList();
        foreach (var module in moduleList)
            module.ConfigureSchema(builder);
        return ExecutableSchema.Create(
            builder.Build(),
            bindings =>
            {
                foreach (var module in moduleList)
                    module.Bind(bindings);
            }
        );
    }
}
