using System.Collections;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>Collects resolver bindings for <see cref="ExecutableSchema.Create"/>.</summary>
public sealed class ResolverBindings(Schema schema)
{
    private readonly List<(string Coordinate, FieldResolver Resolver)> _resolvers = [];
    private readonly List<(string TypeName, TypeResolver Resolver)> _typeResolvers = [];
    private readonly List<(string TypeName, Type ClrType)> _clrTypes = [];
    private readonly List<Func<FieldDefinition, FieldGuard?>> _guards = [];
    private readonly List<(string TypeName, Type ClrType)> _inputTypes = [];
    private readonly List<GraphQLError> _problems = [];

    public Schema Schema { get; } = schema;

    /// <summary>
    /// When set, every field of an object type without a CLR binding must have a resolver: a forgotten
    /// binding stops start-up instead of answering null.
    /// </summary>
    public bool RequireResolvers { get; set; }

    internal Dictionary<NamedType, TypeResolver> TypeResolvers { get; } = [];
    internal Dictionary<Type, string> ClrTypeNames { get; } = [];
    internal InputBinder Inputs { get; } = new();

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

    /// <summary>
    /// Declares the CLR type that receives an input object type (<c>context.Argument&lt;T&gt;("input")</c>): every input
    /// field must reach a constructor parameter or settable property of a type that can hold it, nested input types
    /// included, and every required constructor parameter must match a field; checked at start-up.
    /// </summary>
    public ResolverBindings BindInput<TClr>(string inputTypeName)
    {
        _inputTypes.Add((inputTypeName, typeof(TClr)));
        return this;
    }

    /// <summary>
    /// Lets input types use another optional wrapper than <see cref="Optional{T}"/> (e.g. a domain's own): a generic
    /// struct whose default means "absent" and whose public static <c>Of(T)</c> wraps a given value.
    /// </summary>
    public ResolverBindings BindOptionalWrapper(Type openGenericType)
    {
        if (Inputs.AddOptionalWrapper(openGenericType) is { } problem)
            _problems.Add(new GraphQLError(problem));
        return this;
    }

    /// <summary>Reports a problem a module found in the schema; start-up stops with every problem listed.</summary>
    public ResolverBindings Report(GraphQLError problem)
    {
        _problems.Add(problem);
        return this;
    }

    internal List<GraphQLError> Apply()
    {
        var errors = new List<GraphQLError>(_problems);
        foreach (var (typeName, clrType) in _inputTypes)
        {
            if (Schema.GetType(typeName) is InputObjectType inputType)
                Inputs.Check(inputType, clrType, errors);
            else
                errors.Add(
                    new GraphQLError(
                        $"Cannot bind CLR type {clrType.Name} to \"{typeName}\": it is not an input object type of the schema."
                    )
                );
        }
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
                    field.Resolver = Guarded(guard, field.Resolver, field.Name);
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
