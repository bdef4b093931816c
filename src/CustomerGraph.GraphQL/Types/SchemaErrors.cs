using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>Builds the <see cref="GraphQLError"/>s a schema build reports, located at the syntax nodes involved.</summary>
internal static class SchemaErrors
{
    /// <summary>An error at the given nodes (nulls and nodes without a source position are skipped).</summary>
    public static GraphQLError Create(string rule, string message, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is null || node.Location.Line == 0)
                continue;
            (locations ??= []).Add(new SourceLocation(node.Location.Line, node.Location.Column));
        }
        return new GraphQLError(message, locations) { Rule = rule };
    }

    public static GraphQLError Create(string rule, string message, IEnumerable<SyntaxNode?> nodes) =>
        Create(rule, message, nodes.ToArray().AsSpan());
}

/// <summary>The names of the schema checks, as <see cref="GraphQLError.Rule"/> reports them.</summary>
public static class SchemaRules
{
    // SDL validation (graphql-js's specifiedSDLRules, run by buildASTSchema).
    public const string LoneSchemaDefinition = "LoneSchemaDefinitionRule";
    public const string UniqueOperationTypes = "UniqueOperationTypesRule";
    public const string UniqueTypeNames = "UniqueTypeNamesRule";
    public const string UniqueEnumValueNames = "UniqueEnumValueNamesRule";
    public const string UniqueFieldDefinitionNames = "UniqueFieldDefinitionNamesRule";
    public const string UniqueArgumentDefinitionNames = "UniqueArgumentDefinitionNamesRule";
    public const string UniqueDirectiveNames = "UniqueDirectiveNamesRule";
    public const string KnownTypeNames = "KnownTypeNamesRule";
    public const string KnownDirectives = "KnownDirectivesRule";
    public const string UniqueDirectivesPerLocation = "UniqueDirectivesPerLocationRule";
    public const string PossibleTypeExtensions = "PossibleTypeExtensionsRule";
    public const string KnownArgumentNamesOnDirectives = "KnownArgumentNamesOnDirectivesRule";
    public const string UniqueArgumentNames = "UniqueArgumentNamesRule";
    public const string UniqueInputFieldNames = "UniqueInputFieldNamesRule";
    public const string ProvidedRequiredArgumentsOnDirectives = "ProvidedRequiredArgumentsOnDirectivesRule";

    /// <summary>A schema document holds only type system definitions (no operations or fragments).</summary>
    public const string TypeSystemDefinitionsOnly = "TypeSystemDefinitionsOnlyRule";

    /// <summary>Arguments of <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> must coerce.</summary>
    public const string DirectiveArgumentValues = "DirectiveArgumentValuesRule";

    // Schema validation (graphql-js's validateSchema).
    public const string RootOperationTypes = "RootOperationTypesRule";
    public const string ReservedNames = "ReservedNamesRule";
    public const string DirectiveDefinitions = "DirectiveDefinitionsRule";
    public const string NonEmptyTypes = "NonEmptyTypesRule";
    public const string InputOutputTypes = "InputOutputTypesRule";
    public const string InterfaceImplementations = "InterfaceImplementationsRule";
    public const string UnionMembers = "UnionMembersRule";
    public const string DeprecatedRequiredInputs = "DeprecatedRequiredInputsRule";
    public const string DefaultValues = "DefaultValuesRule";
    public const string OneOfInputObjects = "OneOfInputObjectsRule";
    public const string InputObjectCircularReferences = "InputObjectCircularReferencesRule";
    public const string DefaultValueCircularReferences = "DefaultValueCircularReferencesRule";

    // Bindings made through the SchemaBuilder API.
    public const string ScalarBindings = "ScalarBindingsRule";
    public const string ResolverBindings = "ResolverBindingsRule";
}
