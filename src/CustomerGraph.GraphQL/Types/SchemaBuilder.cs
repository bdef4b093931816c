using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> schema-first from SDL: one or more documents (merged as if one), custom
/// scalar implementations and field resolvers. <see cref="Build"/> validates like graphql-js's
/// <c>buildSchema</c> followed by <c>validateSchema</c> and reports every problem at once.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<GraphQLError> _syntaxErrors = [];
    private readonly List<ScalarType> _scalars = [];
    private readonly List<(string Coordinate, FieldResolver Resolver)> _resolvers = [];

    /// <summary>The SDL documents added so far, in order (syntax errors left out).</summary>
    public IReadOnlyList<DocumentNode> Documents => _documents;

    /// <summary>Builds a schema from a single SDL document.</summary>
    public static Schema FromSdl(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).Build();

    /// <summary>
    /// Adds an SDL document. A syntax error is reported by <see cref="Build"/>, with
    /// <paramref name="sourceName"/> (a file name, say) in its message when given.
    /// </summary>
    public SchemaBuilder AddTypeDefinitions(string sdl, string? sourceName = null)
    {
        try
        {
            _documents.Add(Parser.Parse(sdl));
        }
        catch (GraphQLSyntaxException exception)
        {
            var error = exception.Error;
            _syntaxErrors.Add(
                new GraphQLError(
                    sourceName is null ? error.Message : $"{sourceName}: {error.Message}",
                    error.Locations,
                    error.Code,
                    error.Path,
                    error.Extensions
                )
                {
                    Rule = error.Rule,
                }
            );
        }
        return this;
    }

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Binds the coercion rules of <paramref name="customScalar"/> to the scalar of the same name declared in
    /// SDL; the built schema uses this instance. Declaring the scalar in SDL is required.
    /// </summary>
    public SchemaBuilder AddScalar(ScalarType customScalar)
    {
        ArgumentNullException.ThrowIfNull(customScalar);
        _scalars.Add(customScalar);
        return this;
    }

    /// <summary>Binds a resolver to the field at <paramref name="coordinate"/> (<c>"Type.field"</c>) of an object type.</summary>
    public SchemaBuilder BindResolver(string coordinate, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers.Add((coordinate, resolver));
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">The schema is invalid; every problem found is listed.</exception>
    public Schema Build()
    {
        if (_syntaxErrors.Count > 0)
            throw new SchemaException(_syntaxErrors.ToList());

        var definitions = new List<DefinitionNode>();
        foreach (var document in _documents)
            definitions.AddRange(document.Definitions);
        var merged = new DocumentNode(definitions, Location.None);

        var errors = new List<GraphQLError>();
        SdlValidator.Validate(merged, errors);
        var sdlIsValid = errors.Count == 0;
        var assembler = new SchemaAssembler(merged, _scalars, errors);
        var (schema, facts) = assembler.Assemble();
        BindResolvers(schema, errors);
        // The type checks need a well-formed document: after SDL errors (an unknown type, say) they would
        // only report consequences of those, so, like graphql-js, they run on valid SDL only.
        if (sdlIsValid)
            SchemaValidator.Validate(schema, facts, errors);
        if (errors.Count > 0)
            throw new SchemaException(errors);
        return schema;
    }

    private void BindResolvers(Schema schema, List<GraphQLError> errors)
    {
        var bound = new HashSet<FieldDefinition>();
        foreach (var (coordinate, resolver) in _resolvers)
        {
            var problem = FindField(schema, coordinate, out var field, out var node);
            if (problem is null && field is not null && !bound.Add(field))
                problem = "a resolver is already bound to it.";
            if (problem is not null)
            {
                errors.Add(
                    SchemaErrors.Create(
                        SchemaRules.ResolverBindings,
                        $"Cannot bind a resolver to \"{coordinate}\": {problem}",
                        node
                    )
                );
                continue;
            }
            field!.Resolver = resolver;
        }
    }

    /// <summary>Finds the object type field at the coordinate; otherwise returns why it cannot be bound.</summary>
    private static string? FindField(
        Schema schema,
        string coordinate,
        out FieldDefinition? field,
        out SyntaxNode? node
    )
    {
        field = null;
        node = null;
        var dot = coordinate.IndexOf('.');
        if (dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
            return "expected a coordinate of the form \"Type.field\".";
        var typeName = coordinate[..dot];
        var fieldName = coordinate[(dot + 1)..];
        var type = schema.GetType(typeName);
        if (type is null || IntrospectionTypes.IsIntrospectionTypeName(typeName))
        {
            var userTypes = schema
                .Types.Where(t => !IntrospectionTypes.IsIntrospectionTypeName(t.Name))
                .Select(t => t.Name);
            return $"there is no type \"{typeName}\" in the schema."
                + Suggestions.DidYouMean(Suggestions.List(typeName, userTypes));
        }
        node = type.AstNode;
        if (type is not ObjectType objectType)
            return $"\"{typeName}\" is {KindWithArticle(type)}; resolvers bind to fields of object types.";
        field = objectType.GetField(fieldName);
        if (field is null)
            return $"type \"{typeName}\" has no field \"{fieldName}\"."
                + Suggestions.DidYouMean(Suggestions.List(fieldName, objectType.Fields.Select(f => f.Name)));
        node = field.AstNode;
        return null;
    }

    internal static string KindWithArticle(NamedType type) =>
        type switch
        {
            ScalarType => "a scalar type",
            ObjectType => "an object type",
            InterfaceType => "an interface type",
            UnionType => "a union type",
            EnumType => "an enum type",
            _ => "an input object type",
        };
}
