using System.Text;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// An Apollo Federation v2 subgraph (the subgraph specification): reads the federation <c>@link</c> of the SDL, adds
/// the definitions the specification generates (the federation directives under their linked names, <c>_Any</c>,
/// <c>FieldSet</c>, <c>link__Import</c>, <c>_Service</c>, the <c>_Entity</c> union of every type with a <c>@key</c>,
/// and <c>Query._service</c> / <c>Query._entities</c>) and binds their resolvers with the entities' reference resolvers.
/// </summary>
/// <example>
/// <code>
/// var subgraph = FederationSubgraph.Parse(sdl);
/// var schema = subgraph.AddTo(new SchemaBuilder()).Build();
/// var executable = ExecutableSchema.Create(schema, bind =&gt; subgraph.Bind(bind, references =&gt; references
///     .ResolveReference("Product", (representation, context) =&gt; ...)));
/// </code>
/// </example>
public sealed class FederationSubgraph
{
    /// <summary>The <c>extensions.code</c> of a representation that cannot be resolved (no <c>__typename</c>, no key, …).</summary>
    public const string InvalidRepresentationCode = "INVALID_REPRESENTATION";

    private readonly IReadOnlyList<DocumentNode> _documents;
    private readonly Dictionary<string, List<KeyFieldSet>> _keys;
    private readonly string _queryTypeName;

    private FederationSubgraph(
        IReadOnlyList<DocumentNode> documents,
        string serviceSdl,
        FederationLink link,
        Dictionary<string, List<KeyFieldSet>> keys,
        string queryTypeName,
        string generatedSdl
    )
    {
        _documents = documents;
        ServiceSdl = serviceSdl;
        Link = link;
        _keys = keys;
        _queryTypeName = queryTypeName;
        GeneratedSdl = generatedSdl;
    }

    /// <summary>The federation version and the local names of its directives and types.</summary>
    public FederationLink Link { get; }

    /// <summary>What <c>Query._service { sdl }</c> answers: the SDL as written, federation directives kept, generated definitions left out.</summary>
    public string ServiceSdl { get; }

    /// <summary>The definitions the subgraph specification adds to the SDL, as SDL.</summary>
    public string GeneratedSdl { get; }

    /// <summary>The names of the types with a <c>@key</c>, in definition order.</summary>
    public IReadOnlyCollection<string> EntityTypeNames => _keys.Keys;

    /// <summary>Reads the subgraph from its SDL documents (joined by a blank line in <see cref="ServiceSdl"/>).</summary>
    /// <exception cref="SchemaException">A document does not parse, or the federation <c>@link</c> is missing or invalid.</exception>
    public static FederationSubgraph Parse(params IReadOnlyList<string> sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var errors = new List<GraphQLError>();
        var documents = new List<DocumentNode>();
        foreach (var source in sdl)
        {
            try
            {
                documents.Add(Parser.Parse(source));
            }
            catch (GraphQLSyntaxException exception)
            {
                errors.Add(exception.Error);
            }
        }
        if (errors.Count > 0)
            throw new SchemaException(errors);
        return Read(documents, string.Join("\n\n", sdl));
    }

    /// <summary>
    /// Reads the subgraph from parsed SDL documents (a <see cref="SchemaBuilder"/>'s, say); <see cref="ServiceSdl"/> is
    /// then their print, which keeps every definition and directive but not comments or layout.
    /// </summary>
    /// <exception cref="SchemaException">The federation <c>@link</c> is missing or invalid.</exception>
    public static FederationSubgraph FromDocuments(IReadOnlyList<DocumentNode> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Read(documents, string.Join("\n\n", documents.Select(Printer.Print)));
    }

    private static FederationSubgraph Read(IReadOnlyList<DocumentNode> documents, string serviceSdl)
    {
        var errors = new List<GraphQLError>();
        var link = FederationLink.Read(documents, errors);
        var keys = ReadKeys(documents, link.DirectiveName("key"), errors);
        if (errors.Count > 0)
            throw new SchemaException(errors);
        var queryTypeName = QueryTypeName(documents);
        var generated = SubgraphDefinitions.Generate(documents, link, keys.Keys, queryTypeName);
        return new FederationSubgraph(documents, serviceSdl, link, keys, queryTypeName, generated);
    }

    /// <summary>Adds the subgraph's SDL and the generated definitions to <paramref name="builder"/>.</summary>
    public SchemaBuilder AddTo(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var document in _documents)
            builder.AddTypeDefinitions(document);
        return builder.AddTypeDefinitions(GeneratedSdl, "federation");
    }

    /// <summary>
    /// Binds <c>Query._service</c>, <c>Query._entities</c> and the <c>_Entity</c> type resolver, with the reference
    /// resolvers <paramref name="configure"/> registers.
    /// </summary>
    /// <remarks>
    /// A <c>@key</c> that selects fields its type lacks, or a reference resolver bound to no entity, is reported with
    /// <see cref="ResolverBindings.Report"/>: the schema then fails to build with every other binding problem.
    /// </remarks>
    public void Bind(ResolverBindings bindings, Action<ReferenceResolvers>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var references = new ReferenceResolvers();
        configure?.Invoke(references);
        var entities = new Dictionary<string, EntitiesResolver.Entity>(StringComparer.Ordinal);
        foreach (var (typeName, keys) in _keys)
        {
            if (bindings.Schema.GetType(typeName) is not ComplexType type)
                continue;
            foreach (var key in keys)
                if (key.ProblemOn(type) is { } problem)
                    bindings.Report(
                        new GraphQLError($"@key(fields: \"{key.Text}\") on \"{typeName}\": {problem}")
                    );
            entities[typeName] = new EntitiesResolver.Entity(
                type,
                keys,
                references.ByType.GetValueOrDefault(typeName)
            );
        }
        foreach (var typeName in references.ByType.Keys)
            if (!entities.ContainsKey(typeName))
                bindings.Report(
                    new GraphQLError(
                        $"Cannot bind a reference resolver to \"{typeName}\": it is not an entity type (a type with a @key) of the subgraph."
                    )
                );
        var sdl = ServiceSdl;
        bindings
            .Resolve($"{_queryTypeName}._service", _ => new ValueTask<object?>(sdl))
            .Resolve("_Service.sdl", context => new ValueTask<object?>(context.Parent));
        if (entities.Count == 0)
            return;
        var resolver = new EntitiesResolver(entities);
        bindings
            .Resolve($"{_queryTypeName}._entities", resolver.ResolveAsync)
            .ResolveType("_Entity", EntitiesResolver.ResolveEntityType);
    }

    private static Dictionary<string, List<KeyFieldSet>> ReadKeys(
        IReadOnlyList<DocumentNode> documents,
        string keyName,
        List<GraphQLError> errors
    )
    {
        var keys = new Dictionary<string, List<KeyFieldSet>>(StringComparer.Ordinal);
        foreach (var document in documents)
        foreach (var definition in document.Definitions)
        {
            if (
                definition
                is not (
                    ObjectTypeDefinitionNode
                    or ObjectTypeExtensionNode
                    or InterfaceTypeDefinitionNode
                    or InterfaceTypeExtensionNode
                )
            )
                continue;
            var type = (TypeDefinitionOrExtensionNode)definition;
            foreach (var directive in type.Directives)
            {
                if (directive.Name.Value != keyName)
                    continue;
                var fields = directive.Arguments.FirstOrDefault(a => a.Name.Value == "fields")?.Value;
                var resolvable = directive.Arguments.FirstOrDefault(a => a.Name.Value == "resolvable")?.Value;
                if (fields is not StringValueNode text)
                    continue; // the SDL validation reports a missing or mistyped argument
                var key = KeyFieldSet.Parse(
                    text.Value,
                    resolvable is not BooleanValueNode { Value: false },
                    out var problem
                );
                if (key is null)
                {
                    errors.Add(
                        new GraphQLError(
                            $"@key(fields: \"{text.Value}\") on \"{type.Name.Value}\": {problem}",
                            [new SourceLocation(directive.Location.Line, directive.Location.Column)]
                        )
                    );
                    continue;
                }
                if (!keys.TryGetValue(type.Name.Value, out var list))
                    keys[type.Name.Value] = list = [];
                list.Add(key);
            }
        }
        return keys;
    }

    private static string QueryTypeName(IReadOnlyList<DocumentNode> documents)
    {
        foreach (var document in documents)
        foreach (var definition in document.Definitions)
        {
            var operationTypes = definition switch
            {
                SchemaDefinitionNode schema => schema.OperationTypes,
                SchemaExtensionNode extension => extension.OperationTypes,
                _ => [],
            };
            foreach (var operationType in operationTypes)
                if (operationType.Operation == OperationType.Query)
                    return operationType.Type.Name.Value;
        }
        return "Query";
    }
}
