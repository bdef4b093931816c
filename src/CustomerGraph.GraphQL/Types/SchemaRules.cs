using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Types;

/// <summary>The names of the schema checks, as <see cref="GraphQLError.Rule"/> reports them.</summary>
public static class SchemaRules
{
    // SDL validation (graphql-js's specifiedSDLRules, run by buildASTSchema).
    /// <summary>At most one schema definition.</summary>
    public const string LoneSchemaDefinition = "LoneSchemaDefinitionRule";

    /// <summary>Each root operation type is named once.</summary>
    public const string UniqueOperationTypes = "UniqueOperationTypesRule";

    /// <summary>Each type name is defined once.</summary>
    public const string UniqueTypeNames = "UniqueTypeNamesRule";

    /// <summary>Each enum value is defined once per enum, extensions included.</summary>
    public const string UniqueEnumValueNames = "UniqueEnumValueNamesRule";

    /// <summary>Each field is defined once per type, extensions included.</summary>
    public const string UniqueFieldDefinitionNames = "UniqueFieldDefinitionNamesRule";

    /// <summary>Each argument is defined once per field or directive.</summary>
    public const string UniqueArgumentDefinitionNames = "UniqueArgumentDefinitionNamesRule";

    /// <summary>Each directive is defined once.</summary>
    public const string UniqueDirectiveNames = "UniqueDirectiveNamesRule";

    /// <summary>Every referenced type is defined or built in.</summary>
    public const string KnownTypeNames = "KnownTypeNamesRule";

    /// <summary>The IBM cost directives (<c>@cost</c>, <c>@listSize</c>) are used as their specification says.</summary>
    public const string CostDirectives = "CostDirectivesRule";

    /// <summary>Every applied directive is defined and allowed at its location.</summary>
    public const string KnownDirectives = "KnownDirectivesRule";

    /// <summary>A non-repeatable directive is applied once per location.</summary>
    public const string UniqueDirectivesPerLocation = "UniqueDirectivesPerLocationRule";

    /// <summary>Extensions extend a defined type of the same kind.</summary>
    public const string PossibleTypeExtensions = "PossibleTypeExtensionsRule";

    /// <summary>Applied directives take only their defined arguments.</summary>
    public const string KnownArgumentNamesOnDirectives = "KnownArgumentNamesOnDirectivesRule";

    /// <summary>Each argument is given once per applied directive.</summary>
    public const string UniqueArgumentNames = "UniqueArgumentNamesRule";

    /// <summary>Each field is given once per input object literal.</summary>
    public const string UniqueInputFieldNames = "UniqueInputFieldNamesRule";

    /// <summary>Applied directives get their required arguments.</summary>
    public const string ProvidedRequiredArgumentsOnDirectives = "ProvidedRequiredArgumentsOnDirectivesRule";

    /// <summary>A schema document holds only type system definitions (no operations or fragments).</summary>
    public const string TypeSystemDefinitionsOnly = "TypeSystemDefinitionsOnlyRule";

    /// <summary>Arguments of <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> must coerce.</summary>
    public const string DirectiveArgumentValues = "DirectiveArgumentValuesRule";

    // Schema validation (graphql-js's validateSchema).
    /// <summary>A query root exists; root types are distinct object types.</summary>
    public const string RootOperationTypes = "RootOperationTypesRule";

    /// <summary>Names starting with "__" are reserved for introspection.</summary>
    public const string ReservedNames = "ReservedNamesRule";

    /// <summary>A directive definition has at least one location.</summary>
    public const string DirectiveDefinitions = "DirectiveDefinitionsRule";

    /// <summary>Objects, interfaces, unions, enums and input objects are not empty.</summary>
    public const string NonEmptyTypes = "NonEmptyTypesRule";

    /// <summary>Fields have output types; arguments and input fields have input types.</summary>
    public const string InputOutputTypes = "InputOutputTypesRule";

    /// <summary>Types implement their interfaces (and theirs) correctly.</summary>
    public const string InterfaceImplementations = "InterfaceImplementationsRule";

    /// <summary>Union members are distinct object types.</summary>
    public const string UnionMembers = "UnionMembersRule";

    /// <summary>Required arguments and input fields are not deprecated.</summary>
    public const string DeprecatedRequiredInputs = "DeprecatedRequiredInputsRule";

    /// <summary>Default values are valid for their types.</summary>
    public const string DefaultValues = "DefaultValuesRule";

    /// <summary>Fields of a @oneOf input object are nullable and have no default.</summary>
    public const string OneOfInputObjects = "OneOfInputObjectsRule";

    /// <summary>Every input object can be given a finite value.</summary>
    public const string InputObjectCircularReferences = "InputObjectCircularReferencesRule";

    /// <summary>Default values do not reference themselves.</summary>
    public const string DefaultValueCircularReferences = "DefaultValueCircularReferencesRule";

    // Bindings made through the SchemaBuilder API.
    /// <summary>AddScalar binds implementations to declared scalars.</summary>
    public const string ScalarBindings = "ScalarBindingsRule";

    /// <summary>BindResolver binds to existing object type fields.</summary>
    public const string ResolverBindings = "ResolverBindingsRule";
}
