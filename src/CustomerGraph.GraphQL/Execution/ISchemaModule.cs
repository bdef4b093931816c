using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// A part of a graph, composed with others by <see cref="ExecutableSchema.Compose"/>: its SDL, what the schema
/// needs beyond SDL, and its bindings. Each phase runs for every module, in the order given, before the next
/// phase starts: all <see cref="Sources"/>, then every <see cref="ConfigureSchema"/>, then the schema is built,
/// then every <see cref="Bind"/>, then all bindings are applied and checked together.
/// </summary>
public interface ISchemaModule
{
    /// <summary>The module's SDL documents (e.g. <see cref="SchemaSource.FromDirectory"/>).</summary>
    IEnumerable<SchemaSource> Sources => [];

    /// <summary>
    /// Adds what SDL alone cannot say (custom scalars) or definitions derived from the SDL of every module, which
    /// <see cref="SchemaBuilder.Documents"/> already holds (e.g. the definitions a <c>@link</c> imports).
    /// </summary>
    void ConfigureSchema(SchemaBuilder builder) { }

    /// <summary>
    /// Binds resolvers, type resolvers, CLR types, input types and field guards to the built schema
    /// (<see cref="ResolverBindings.Schema"/>); problems are reported with <see cref="ResolverBindings.Report"/>.
    /// </summary>
    void Bind(ResolverBindings bindings) { }
}
