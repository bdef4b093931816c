using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// A part of the graph contributed through dependency injection: the custom scalars its SDL declares and
/// the resolvers of its fields. Every registered module is applied when the executable schema is built.
/// </summary>
public interface IResolverModule
{
    /// <summary>Adds what the SDL alone cannot say, such as the coercion of custom scalars.</summary>
    void ConfigureSchema(SchemaBuilder builder) { }

    /// <summary>Binds resolvers, type resolvers and CLR types to the schema's fields and types.</summary>
    void Bind(ResolverBindings bindings);
}
