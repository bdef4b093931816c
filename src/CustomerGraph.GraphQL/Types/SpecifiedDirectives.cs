using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>The built-in directives of spec section 3.13, present in every schema unless SDL redefines them.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Include { get; } =
        CreateConditional(
            "include",
            "Directs the executor to include this field or fragment only when the `if` argument is true.",
            "Included when true."
        );

    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Skip { get; } =
        CreateConditional(
            "skip",
            "Directs the executor to skip this field or fragment when the `if` argument is true.",
            "Skipped when true."
        );

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> on fields, arguments, input fields and enum values.</summary>
    public static DirectiveDefinition Deprecated { get; } = CreateDeprecated();

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = CreateSpecifiedBy();

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = CreateOneOf();

    /// <summary>In graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } =
    [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>The built-in directive of that name, or null.</summary>
    public static DirectiveDefinition? Get(string name) =>
        name switch
        {
            "include" => Include,
            "skip" => Skip,
            "deprecated" => Deprecated,
            "specifiedBy" => SpecifiedBy,
            "oneOf" => OneOf,
            _ => null,
        };

    /// <summary>True for the names of the five built-in directives.</summary>
    public static bool IsSpecified(string name) => Get(name) is not null;

    private static DirectiveDefinition CreateConditional(
        string name,
        string description,
        string argumentDescription
    )
    {
        var directive = new DirectiveDefinition(name) { Description = description };
        directive.Arguments.TryAdd(
            "if",
            new InputValueDefinition("if", new NonNullType(SpecifiedScalars.Boolean))
            {
                Description = argumentDescription,
            }
        );
        directive.Locations.AddRange([
            DirectiveLocation.Field,
            DirectiveLocation.FragmentSpread,
            DirectiveLocation.InlineFragment,
        ]);
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated")
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
        };
        directive.Arguments.TryAdd(
            "reason",
            new InputValueDefinition("reason", new NonNullType(SpecifiedScalars.String))
            {
                Description =
                    "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = new StringValueNode(DefaultDeprecationReason, false, Location.None),
            }
        );
        directive.Locations.AddRange([
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
        ]);
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy")
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
        };
        directive.Arguments.TryAdd(
            "url",
            new InputValueDefinition("url", new NonNullType(SpecifiedScalars.String))
            {
                Description = "The URL that specifies the behavior of this scalar.",
            }
        );
        directive.Locations.Add(DirectiveLocation.Scalar);
        return directive;
    }

    private static DirectiveDefinition CreateOneOf()
    {
        var directive = new DirectiveDefinition("oneOf")
        {
            Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        };
        directive.Locations.Add(DirectiveLocation.InputObject);
        return directive;
    }
}
