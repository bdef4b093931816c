using System.Collections;
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
        CostModel costs
    )
    {
        Schema = schema;
        _typeResolvers = typeResolvers;
        _clrTypeNames = clrTypeNames;
        Costs = costs;
    }

    public Schema Schema { get; }

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
        return new ExecutableSchema(schema, bindings.TypeResolvers, bindings.ClrTypeNames, costs);
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

/// <summary>Collects resolver bindings for <see cref="ExecutableSchema.Create"/>.</summary>
public sealed class ResolverBindings(Schema schema)
{
    private readonly List<(string Coordinate, FieldResolver Resolver)> _resolvers = [];
    private readonly List<(string TypeName, TypeResolver Resolver)> _typeResolvers = [];
    private readonly List<(string TypeName, Type ClrType)> _clrTypes = [];
    private readonly List<Func<FieldDefinition, FieldGuard?>> _guards = [];

    public Schema Schema { get; } = schema;

    /// <summary>
    /// When set, every field of an object type without a CLR binding must have a resolver: a forgotten
    /// binding stops start-up instead of answering null.
    /// </summary>
    public bool RequireResolvers { get; set; }

    internal Dictionary<NamedType, TypeResolver> TypeResolvers { get; } = [];
    internal Dictionary<Type, string> ClrTypeNames { get; } = [];

    /// <summary>Binds a resolver to a field by its coordinate, e.g. <c>Query.customer</c>.</summary>
    public ResolverBindings Resolve(string coordinate, FieldResolver resolver)
    {
        _resolvers.Add((coordinate, resolver));
        return this;
    }

    /// <summary>Binds a synchronous resolver over a typed parent.</summary>
    public ResolverBindings Resolve<TParent>(
        string coordinate,
        Func<TParent, IResolverContext, object?> resolver
    ) => Resolve(coordinate, context => new ValueTask<object?>(resolver((TParent)context.Parent!, context)));

    /// <summary>Binds an asynchronous resolver over a typed parent.</summary>
    public ResolverBindings Resolve<TParent>(
        string coordinate,
        Func<TParent, IResolverContext, Task<object?>> resolver
    ) => Resolve(coordinate, context => new ValueTask<object?>(resolver((TParent)context.Parent!, context)));

    /// <summary>Decides the object type of values returned for an interface or union.</summary>
    public ResolverBindings ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    /// <summary>
    /// Declares the CLR type of an object type's parent values: fields without a resolver read its
    /// same-named properties, checked at start-up to exist and to fit the field's type.
    /// </summary>
    public ResolverBindings BindType<TClr>(string objectTypeName)
    {
        _clrTypes.Add((objectTypeName, typeof(TClr)));
        return this;
    }

    /// <summary>
    /// Offers every field of the schema's object types to <paramref name="guardOf"/> once all resolvers are bound
    /// (e.g. to guard the fields that carry a directive); a guard it returns runs before that field's resolver.
    /// </summary>
    public ResolverBindings Guard(Func<FieldDefinition, FieldGuard?> guardOf)
    {
        _guards.Add(guardOf);
        return this;
    }

    internal List<GraphQLError> Apply()
    {
        var errors = new List<GraphQLError>();
        foreach (var (coordinate, resolver) in _resolvers)
        {
            if (FindField(coordinate) is { } field)
                field.Resolver = resolver;
            else
                errors.Add(
                    new GraphQLError(
                        $"Cannot bind a resolver to \"{coordinate}\": the schema has no such field."
                    )
                );
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            if (Schema.GetType(typeName) is { IsAbstractType: true } abstractType)
                TypeResolvers[abstractType] = resolver;
            else
                errors.Add(
                    new GraphQLError(
                        $"Cannot bind a type resolver to \"{typeName}\": it is not an interface or union of the schema."
                    )
                );
        }
        var boundTypes = new HashSet<ObjectType>();
        foreach (var (typeName, clrType) in _clrTypes)
        {
            if (Schema.GetType(typeName) is not ObjectType objectType)
            {
                errors.Add(
                    new GraphQLError(
                        $"Cannot bind CLR type {clrType.Name} to \"{typeName}\": it is not an object type of the schema."
                    )
                );
                continue;
            }
            boundTypes.Add(objectType);
            ClrTypeNames[clrType] = typeName;
            foreach (var field in objectType.Fields)
            {
                if (field.Resolver is not null)
                    continue;
                var property = DefaultFieldResolver.FindProperty(clrType, field.Name);
                if (property is null)
                    errors.Add(
                        new GraphQLError(
                            $"Field \"{typeName}.{field.Name}\" has no resolver and {clrType.Name} has no property \"{field.Name}\"."
                        )
                    );
                else if (!Fits(property.PropertyType, field.Type))
                    errors.Add(
                        new GraphQLError(
                            $"Field \"{typeName}.{field.Name}\" of type \"{field.Type}\" cannot be read from {clrType.Name}.{property.Name} of type {property.PropertyType.Name}."
                        )
                    );
            }
        }
        if (RequireResolvers)
            foreach (var type in Schema.Types)
                if (
                    type is ObjectType objectType
                    && !objectType.IsIntrospectionType
                    && !boundTypes.Contains(objectType)
                )
                    foreach (var field in objectType.Fields)
                        if (field.Resolver is null)
                            errors.Add(
                                new GraphQLError($"Field \"{objectType.Name}.{field.Name}\" has no resolver.")
                            );
        ApplyGuards();
        return errors;
    }

    // After binding and its checks: a guard wraps whatever resolves the field, bound or by property.
    private void ApplyGuards()
    {
        foreach (var guardOf in _guards)
        foreach (var type in Schema.Types)
        {
            if (type is not ObjectType { IsIntrospectionType: false } objectType)
                continue;
            foreach (var field in objectType.Fields)
                if (guardOf(field) is { } guard)
                    field.Resolver = Guarded(guard, field.Resolver as FieldResolver, field.Name);
        }
    }

    private static FieldResolver Guarded(FieldGuard guard, FieldResolver? resolver, string fieldName) =>
        context =>
        {
            guard(context);
            return resolver is null
                ? new ValueTask<object?>(DefaultFieldResolver.Resolve(context.Parent, fieldName))
                : resolver(context);
        };

    private FieldDefinition? FindField(string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        if (dot <= 0 || dot == coordinate.Length - 1)
            return null;
        return Schema.GetType(coordinate[..dot]) is ComplexType type
            ? type.GetField(coordinate[(dot + 1)..])
            : null;
    }

    /// <summary>Whether values of a CLR type can complete as the GraphQL type (leaves by kind, lists by element).</summary>
    private static bool Fits(Type clrType, GraphQLType type)
    {
        var underlying = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (underlying == typeof(object))
            return true;
        type = type.Nullable;
        if (type is ListType list)
        {
            if (underlying == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(underlying))
                return false;
            var element = underlying.IsArray
                ? underlying.GetElementType()!
                : underlying
                    .GetInterfaces()
                    .Append(underlying)
                    .FirstOrDefault(i =>
                        i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                    )
                    ?.GetGenericArguments()[0]
                    ?? typeof(object);
            return Fits(element, list.OfType);
        }
        return type switch
        {
            EnumType => underlying.IsEnum || underlying == typeof(string),
            ScalarType { Name: "String" } => underlying == typeof(string),
            ScalarType { Name: "Boolean" } => underlying == typeof(bool),
            ScalarType { Name: "Int" } => underlying == typeof(int)
                || underlying == typeof(short)
                || underlying == typeof(byte)
                || underlying == typeof(long),
            ScalarType { Name: "Float" } => underlying == typeof(double)
                || underlying == typeof(float)
                || underlying == typeof(decimal)
                || underlying == typeof(int)
                || underlying == typeof(long),
            ScalarType { Name: "ID" } => underlying == typeof(string)
                || underlying == typeof(Guid)
                || underlying == typeof(int)
                || underlying == typeof(long),
            ScalarType => true,
            _ => !underlying.IsPrimitive && underlying != typeof(string),
        };
    }
}
