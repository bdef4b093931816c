using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// The introspection types of spec section 4 (<c>__Schema</c>, <c>__Type</c>, …) with the fields, arguments
/// and descriptions graphql-js 17.1 gives them. They are plain type definitions here; execution supplies
/// their resolvers. Shared by every schema.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly StringScalarType StringType = SpecifiedScalars.String;
    private static readonly BooleanScalarType BooleanType = SpecifiedScalars.Boolean;

    /// <summary><c>__Schema</c>: the schema itself.</summary>
    public static ObjectType Schema { get; } =
        new("__Schema")
        {
            Description =
                "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };

    /// <summary><c>__Directive</c>: a directive definition.</summary>
    public static ObjectType Directive { get; } =
        new("__Directive")
        {
            Description =
                "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };

    /// <summary><c>__DirectiveLocation</c>: where a directive may appear.</summary>
    public static EnumType DirectiveLocation { get; } =
        new("__DirectiveLocation")
        {
            Description =
                "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };

    /// <summary><c>__Type</c>: any type, named or wrapping.</summary>
    public static ObjectType Type { get; } =
        new("__Type")
        {
            Description =
                "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };

    /// <summary><c>__Field</c>: a field of an object or interface.</summary>
    public static ObjectType Field { get; } =
        new("__Field")
        {
            Description =
                "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };

    /// <summary><c>__InputValue</c>: an argument or input field.</summary>
    public static ObjectType InputValue { get; } =
        new("__InputValue")
        {
            Description =
                "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };

    /// <summary><c>__EnumValue</c>: a value of an enum.</summary>
    public static ObjectType EnumValue { get; } =
        new("__EnumValue")
        {
            Description =
                "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };

    /// <summary><c>__TypeKind</c>: the kind of a <c>__Type</c>.</summary>
    public static EnumType TypeKind { get; } =
        new("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." };

    /// <summary>In graphql-js's order: __Schema, __Directive, __DirectiveLocation, __Type, __Field, __InputValue, __EnumValue, __TypeKind.</summary>
    public static IReadOnlyList<NamedType> All { get; } =
    [Schema, Directive, DirectiveLocation, Type, Field, InputValue, EnumValue, TypeKind];

    /// <summary>The introspection type of that name, or null.</summary>
    public static NamedType? Get(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) ? All.FirstOrDefault(t => t.Name == name) : null;

    /// <summary>True for the names of the eight introspection types (not for any other "__" name).</summary>
    public static bool IsIntrospectionTypeName(string name) => Get(name) is not null;

    static IntrospectionTypes()
    {
        DefineSchema();
        DefineDirective();
        DefineDirectiveLocation();
        DefineType();
        DefineField();
        DefineInputValue();
        DefineEnumValue();
        DefineTypeKind();
    }

    private static GraphQLType NonNull(GraphQLType type) => new NonNullType(type);

    private static GraphQLType NonNullListOfNonNull(NamedType type) =>
        new NonNullType(new ListType(new NonNullType(type)));

    private static FieldDefinition AddField(
        ObjectType owner,
        string name,
        GraphQLType type,
        string? description = null,
        bool includeDeprecatedArgument = false
    )
    {
        var field = new FieldDefinition(name, type) { Description = description, DeclaringType = owner };
        if (includeDeprecatedArgument)
            field.Arguments.TryAdd(
                "includeDeprecated",
                new InputValueDefinition("includeDeprecated", new NonNullType(BooleanType))
                {
                    DefaultValue = new BooleanValueNode(false, Location.None),
                }
            );
        owner.Fields.TryAdd(name, field);
        return field;
    }

    private static void AddEnumValue(EnumType owner, string name, object value, string description) =>
        owner.Values.TryAdd(name, new EnumValueDefinition(name) { Value = value, Description = description });

    private static void DefineSchema()
    {
        AddField(Schema, "description", StringType);
        AddField(
            Schema,
            "types",
            NonNullListOfNonNull(Type),
            "A list of all types supported by this server."
        );
        AddField(Schema, "queryType", NonNull(Type), "The type that query operations will be rooted at.");
        AddField(
            Schema,
            "mutationType",
            Type,
            "If this server supports mutation, the type that mutation operations will be rooted at."
        );
        AddField(
            Schema,
            "subscriptionType",
            Type,
            "If this server support subscription, the type that subscription operations will be rooted at."
        );
        AddField(
            Schema,
            "directives",
            NonNullListOfNonNull(Directive),
            "A list of all directives supported by this server.",
            includeDeprecatedArgument: true
        );
    }

    private static void DefineDirective()
    {
        AddField(Directive, "name", NonNull(StringType));
        AddField(Directive, "description", StringType);
        AddField(Directive, "isRepeatable", NonNull(BooleanType));
        AddField(Directive, "locations", NonNullListOfNonNull(DirectiveLocation));
        AddField(Directive, "args", NonNullListOfNonNull(InputValue), includeDeprecatedArgument: true);
        AddField(Directive, "isDeprecated", NonNull(BooleanType));
        AddField(Directive, "deprecationReason", StringType);
    }

    private static void DefineDirectiveLocation()
    {
        (string Name, string Description)[] locations =
        [
            ("QUERY", "Location adjacent to a query operation."),
            ("MUTATION", "Location adjacent to a mutation operation."),
            ("SUBSCRIPTION", "Location adjacent to a subscription operation."),
            ("FIELD", "Location adjacent to a field."),
            ("FRAGMENT_DEFINITION", "Location adjacent to a fragment definition."),
            ("FRAGMENT_SPREAD", "Location adjacent to a fragment spread."),
            ("INLINE_FRAGMENT", "Location adjacent to an inline fragment."),
            ("VARIABLE_DEFINITION", "Location adjacent to an operation variable definition."),
            ("FRAGMENT_VARIABLE_DEFINITION", "Location adjacent to a fragment variable definition."),
            ("SCHEMA", "Location adjacent to a schema definition."),
            ("SCALAR", "Location adjacent to a scalar definition."),
            ("OBJECT", "Location adjacent to an object type definition."),
            ("FIELD_DEFINITION", "Location adjacent to a field definition."),
            ("ARGUMENT_DEFINITION", "Location adjacent to an argument definition."),
            ("INTERFACE", "Location adjacent to an interface definition."),
            ("UNION", "Location adjacent to a union definition."),
            ("ENUM", "Location adjacent to an enum definition."),
            ("ENUM_VALUE", "Location adjacent to an enum value definition."),
            ("INPUT_OBJECT", "Location adjacent to an input object type definition."),
            ("INPUT_FIELD_DEFINITION", "Location adjacent to an input object field definition."),
            ("DIRECTIVE_DEFINITION", "Location adjacent to a directive definition."),
        ];
        foreach (var (name, description) in locations)
        {
            // Locations graphql-js knows beyond the specification keep their name as runtime value.
            object value = DirectiveLocationNames.TryParse(name, out var location) ? location : name;
            AddEnumValue(DirectiveLocation, name, value, description);
        }
    }

    private static void DefineType()
    {
        AddField(Type, "kind", NonNull(TypeKind));
        AddField(Type, "name", StringType);
        AddField(Type, "description", StringType);
        AddField(Type, "specifiedByURL", StringType);
        AddField(Type, "fields", new ListType(new NonNullType(Field)), includeDeprecatedArgument: true);
        AddField(Type, "interfaces", new ListType(new NonNullType(Type)));
        AddField(Type, "possibleTypes", new ListType(new NonNullType(Type)));
        AddField(
            Type,
            "enumValues",
            new ListType(new NonNullType(EnumValue)),
            includeDeprecatedArgument: true
        );
        AddField(
            Type,
            "inputFields",
            new ListType(new NonNullType(InputValue)),
            includeDeprecatedArgument: true
        );
        AddField(Type, "ofType", Type);
        AddField(Type, "isOneOf", BooleanType);
    }

    private static void DefineField()
    {
        AddField(Field, "name", NonNull(StringType));
        AddField(Field, "description", StringType);
        AddField(Field, "args", NonNullListOfNonNull(InputValue), includeDeprecatedArgument: true);
        AddField(Field, "type", NonNull(Type));
        AddField(Field, "isDeprecated", NonNull(BooleanType));
        AddField(Field, "deprecationReason", StringType);
    }

    private static void DefineInputValue()
    {
        AddField(InputValue, "name", NonNull(StringType));
        AddField(InputValue, "description", StringType);
        AddField(InputValue, "type", NonNull(Type));
        AddField(
            InputValue,
            "defaultValue",
            StringType,
            "A GraphQL-formatted string representing the default value for this input value."
        );
        AddField(InputValue, "isDeprecated", NonNull(BooleanType));
        AddField(InputValue, "deprecationReason", StringType);
    }

    private static void DefineEnumValue()
    {
        AddField(EnumValue, "name", NonNull(StringType));
        AddField(EnumValue, "description", StringType);
        AddField(EnumValue, "isDeprecated", NonNull(BooleanType));
        AddField(EnumValue, "deprecationReason", StringType);
    }

    private static void DefineTypeKind()
    {
        AddEnumValue(TypeKind, "SCALAR", Types.TypeKind.Scalar, "Indicates this type is a scalar.");
        AddEnumValue(
            TypeKind,
            "OBJECT",
            Types.TypeKind.Object,
            "Indicates this type is an object. `fields` and `interfaces` are valid fields."
        );
        AddEnumValue(
            TypeKind,
            "INTERFACE",
            Types.TypeKind.Interface,
            "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
        );
        AddEnumValue(
            TypeKind,
            "UNION",
            Types.TypeKind.Union,
            "Indicates this type is a union. `possibleTypes` is a valid field."
        );
        AddEnumValue(
            TypeKind,
            "ENUM",
            Types.TypeKind.Enum,
            "Indicates this type is an enum. `enumValues` is a valid field."
        );
        AddEnumValue(
            TypeKind,
            "INPUT_OBJECT",
            Types.TypeKind.InputObject,
            "Indicates this type is an input object. `inputFields` is a valid field."
        );
        AddEnumValue(
            TypeKind,
            "LIST",
            Types.TypeKind.List,
            "Indicates this type is a list. `ofType` is a valid field."
        );
        AddEnumValue(
            TypeKind,
            "NON_NULL",
            Types.TypeKind.NonNull,
            "Indicates this type is a non-null. `ofType` is a valid field."
        );
    }
}
