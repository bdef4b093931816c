using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Introspection;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// A schema with its resolvers bound and checked: built once at start-up, shared by every request.
/// Binding problems (unknown coordinates, missing resolvers, CLR properties that cannot fit a field's
/// type) are all reported together in one <see cref="SchemaException"/>.
/// </summary>
public sealed class ExecutableSchema
{
    private readonly Dictionary<NamedType, TypeResolver> _typeResolvers;
    private readonly Dictionary<Type, string> _clrTypeNames;

    private ExecutableSchema(
        Schema schema,
        Dictionary<NamedType, TypeResolver> typeResolvers,
        Dictionary<Type, string> clrTypeNames,
        InputBinder inputs,
        CostModel costs
    )
    {
        Inputs = inputs;
        Schema = schema;
        _typeResolvers = typeResolvers;
        _clrTypeNames = clrTypeNames;
        Costs = costs;
    }

    public Schema Schema { get; }

    /// <summary>Converts coerced arguments into the CLR types resolvers ask for.</summary>
    internal InputBinder Inputs { get; }

    /// <summary>The weights and list sizes the schema declares with <c>@cost</c> and <c>@listSize</c>.</summary>
    internal CostModel Costs { get; }

    /// <summary>
    /// Binds resolvers (and introspection's own) to <paramref name="schema"/> and checks every binding.
    /// Resolvers are stored on the schema's field definitions, so build one executable schema per schema.
    /// </summary>
    public static ExecutableSchema Create(Schema schema, Action<ResolverBindings>? configure = null)
    {
        var bindings = new ResolverBindings(schema);
        IntrospectionResolvers.Bind(bindings);
        configure?.Invoke(bindings);
        var errors = bindings.Apply();
        var costs = CostModel.Build(schema, errors);
        if (errors.Count > 0)
            throw new SchemaException(errors);
        return new ExecutableSchema(
            schema,
            bindings.TypeResolvers,
            bindings.ClrTypeNames,
            bindings.Inputs,
            costs
        );
    }

    /// <summary>
    /// Builds the schema from <paramref name="modules"/> (see <see cref="ISchemaModule"/> for the order of the phases)
    /// and binds them. Throws <see cref="SchemaException"/> listing every schema problem, or every binding problem.
    /// </summary>
    public static ExecutableSchema Compose(IEnumerable<ISchemaModule> modules)
    {
        var moduleList = modules.ToList();
        var builder = new SchemaBuilder();
        foreach (var module in moduleList)
        foreach (var source in module.Sources)
            builder.AddTypeDefinitions(source.Sdl, source.Name);
        foreach (var module in moduleList)
            module.ConfigureSchema(builder);
        return Create(
            builder.Build(),
            bindings =>
            {
                foreach (var module in moduleList)
                    module.Bind(bindings);
            }
        );
    }

    internal TypeResolver? GetTypeResolver(NamedType abstractType) =>
        _typeResolvers.GetValueOrDefault(abstractType);

    internal string? GetTypeNameForClrType(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
            if (_clrTypeNames.TryGetValue(current, out var name))
                return name;
        return Schema.GetType(type.Name) is ObjectType ? type.Name : null;
    }
}
