using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Introspection;

/// <summary>
/// Resolvers of the introspection system (spec section 4) over the type-system model itself: parent
/// values are <see cref="Schema"/>, <see cref="GraphQLType"/>, <see cref="FieldDefinition"/> and so on.
/// Fields that mirror a model property (name, description, type, ofType, …) use the default resolver.
/// </summary>
public static class IntrospectionResolvers
{
    public static void Bind(ResolverBindings bindings)
    {
        var schema = bindings.Schema;
        if (schema.SchemaMetaField is { } schemaField)
            schemaField.Resolver = context => new ValueTask<object?>(context.Schema);
        if (schema.TypeMetaField is { } typeField)
            typeField.Resolver = context => new ValueTask<object?>(
                context.Schema.GetType(context.Argument<string>("name")!)
            );
        if (schema.TypeNameMetaField is { } typeNameField)
            typeNameField.Resolver = context => new ValueTask<object?>(context.ParentType.Name);
        if (schema.GetType("__Schema") is null)
            return;

        bindings
            .Resolve<Schema>("__Schema.types", (s, _) => s.Types.ToList())
            .Resolve<GraphQLType>(
                "__Type.fields",
                (type, context) =>
                    type is ComplexType complex ? Visible(complex.Fields, f => f.IsDeprecated, context) : null
            )
            .Resolve<GraphQLType>(
                "__Type.interfaces",
                (type, _) => type is ComplexType complex ? complex.Interfaces : null
            )
            .Resolve<GraphQLType>(
                "__Type.possibleTypes",
                (type, context) =>
                    type.IsAbstractType ? context.Schema.GetPossibleTypes((NamedType)type).ToList() : null
            )
            .Resolve<GraphQLType>(
                "__Type.enumValues",
                (type, context) =>
                    type is EnumType enumType ? Visible(enumType.Values, v => v.IsDeprecated, context) : null
            )
            .Resolve<GraphQLType>(
                "__Type.inputFields",
                (type, context) =>
                    type is InputObjectType input ? Visible(input.Fields, f => f.IsDeprecated, context) : null
            )
            .Resolve<GraphQLType>(
                "__Type.ofType",
                (type, _) => type is WrappingType wrapping ? wrapping.OfType : null
            )
            .Resolve<GraphQLType>("__Type.name", (type, _) => type is NamedType named ? named.Name : null)
            .Resolve<GraphQLType>(
                "__Type.description",
                (type, _) => type is NamedType named ? named.Description : null
            )
            .Resolve<GraphQLType>("__Type.specifiedByURL", (type, _) => (type as ScalarType)?.SpecifiedByUrl)
            .Resolve<GraphQLType>(
                "__Type.isOneOf",
                (type, _) => type is InputObjectType input ? input.IsOneOf : null
            )
            .Resolve<FieldDefinition>(
                "__Field.args",
                (field, context) => Visible(field.Arguments, a => a.IsDeprecated, context)
            )
            .Resolve<DirectiveDefinition>(
                "__Directive.args",
                (directive, context) => Visible(directive.Arguments, a => a.IsDeprecated, context)
            )
            .Resolve<DirectiveDefinition>("__Directive.locations", (directive, _) => directive.Locations)
            .Resolve<InputValueDefinition>(
                "__InputValue.defaultValue",
                (value, _) => value.DefaultValue is { } literal ? Printer.Print(literal) : null
            );
    }

    private static List<T> Visible<T>(
        IReadOnlyList<T> items,
        Func<T, bool> isDeprecated,
        IResolverContext context
    )
    {
        var includeDeprecated = context.Argument<bool?>("includeDeprecated") ?? false;
        var visible = new List<T>(items.Count);
        foreach (var item in items)
            if (includeDeprecated || !isDeprecated(item))
                visible.Add(item);
        return visible;
    }
}
