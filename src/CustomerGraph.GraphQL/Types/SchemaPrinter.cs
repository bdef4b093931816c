using System.Text;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, identical to graphql-js 17.1's <c>printSchema</c>: the schema definition only when
/// root names are not the defaults (or it has a description), then directive definitions, then types in
/// schema order; built-in scalars, specified directives and introspection types are left out. On request, the
/// directives the SDL applies (e.g. <c>@cost</c>, or a <c>@link</c> on the schema) are printed too, which graphql-js
/// leaves out.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The schema as SDL, exactly as graphql-js prints it.</summary>
    public static string Print(Schema schema) => Print(schema, includeAppliedDirectives: false);

    /// <summary>
    /// The schema as SDL; with <paramref name="includeAppliedDirectives"/>, each type, field, argument, enum value and
    /// input field keeps the directives its SDL applies, after the built-in ones, in source order.
    /// </summary>
    public static string Print(Schema schema, bool includeAppliedDirectives)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema, includeAppliedDirectives) is { } schemaDefinition)
            parts.Add(schemaDefinition);
        foreach (var directive in schema.Directives)
            if (!SpecifiedDirectives.IsSpecified(directive.Name))
                parts.Add(PrintDirective(directive, includeAppliedDirectives));
        foreach (var type in schema.Types)
            if (
                !SpecifiedScalars.IsSpecified(type.Name)
                && !IntrospectionTypes.IsIntrospectionTypeName(type.Name)
            )
                parts.Add(PrintType(type, includeAppliedDirectives));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema, bool applied)
    {
        var query = schema.QueryType;
        var mutation = schema.MutationType;
        var subscription = schema.SubscriptionType;
        if (query is null && mutation is null && subscription is null)
            return null;
        // The schema's own directives (a federation @link, say), from its definition and then its extensions.
        var directives = PrintApplied(
            applied,
            [.. schema.AstNode?.Directives ?? [], .. schema.ExtensionAstNodes.SelectMany(e => e.Directives)]
        );
        if (schema.Description is null && directives.Length == 0 && HasDefaultRootOperationTypes(schema))
            return null;
        var sb = new StringBuilder();
        sb.Append(PrintDescription(schema.Description)).Append("schema").Append(directives).Append(" {\n");
        if (query is not null)
            sb.Append("  query: ").Append(query.Name).Append('\n');
        if (mutation is not null)
            sb.Append("  mutation: ").Append(mutation.Name).Append('\n');
        if (subscription is not null)
            sb.Append("  subscription: ").Append(subscription.Name).Append('\n');
        return sb.Append('}').ToString();
    }

    private static bool HasDefaultRootOperationTypes(Schema schema) =>
        ReferenceEquals(schema.QueryType, schema.GetType("Query"))
        && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
        && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedType type) => PrintType(type, applied: false);

    private static string PrintType(NamedType type, bool applied) =>
        type switch
        {
            ScalarType scalar => PrintDescription(scalar.Description)
                + $"scalar {scalar.Name}"
                + PrintSpecifiedByUrl(scalar)
                + PrintApplied(applied, scalar.AppliedDirectives),
            ObjectType obj => PrintDescription(obj.Description)
                + $"type {obj.Name}"
                + PrintImplementedInterfaces(obj)
                + PrintApplied(applied, obj.AppliedDirectives)
                + PrintFields(obj, applied),
            InterfaceType iface => PrintDescription(iface.Description)
                + $"interface {iface.Name}"
                + PrintImplementedInterfaces(iface)
                + PrintApplied(applied, iface.AppliedDirectives)
                + PrintFields(iface, applied),
            UnionType union => PrintDescription(union.Description)
                + $"union {union.Name}"
                + PrintApplied(applied, union.AppliedDirectives)
                + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
            EnumType enumType => PrintDescription(enumType.Description)
                + $"enum {enumType.Name}"
                + PrintApplied(applied, enumType.AppliedDirectives)
                + PrintBlock(
                    enumType.Values.Select(
                        (value, i) =>
                            PrintDescription(value.Description, "  ", i == 0)
                            + "  "
                            + value.Name
                            + PrintDeprecated(value.DeprecationReason)
                            + PrintApplied(applied, value.AstNode?.Directives)
                    )
                ),
            InputObjectType input => PrintDescription(input.Description)
                + $"input {input.Name}"
                + (input.IsOneOf ? " @oneOf" : "")
                + PrintApplied(applied, input.AppliedDirectives)
                + PrintBlock(
                    input.Fields.Select(
                        (field, i) =>
                            PrintDescription(field.Description, "  ", i == 0)
                            + "  "
                            + PrintInputValue(field, applied)
                    )
                ),
            _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
        };

    /// <summary>One directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDirective(directive, applied: false);

    private static string PrintDirective(DirectiveDefinition directive, bool applied) =>
        PrintDescription(directive.Description)
        + $"directive @{directive.Name}"
        + PrintArguments(directive.Arguments, "", applied)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on "
        + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintImplementedInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0
            ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name))
            : "";

    private static string PrintFields(ComplexType type, bool applied) =>
        PrintBlock(
            type.Fields.Select(
                (field, i) =>
                    PrintDescription(field.Description, "  ", i == 0)
                    + "  "
                    + field.Name
                    + PrintArguments(field.Arguments, "  ", applied)
                    + ": "
                    + field.Type
                    + PrintDeprecated(field.DeprecationReason)
                    + PrintApplied(applied, field.AppliedDirectives)
            )
        );

    /// <summary>The applied directives other than the built-in ones, which are printed from their own properties.</summary>
    private static string PrintApplied(bool applied, IReadOnlyList<DirectiveNode>? directives)
    {
        if (!applied || directives is null)
            return "";
        var text = new StringBuilder();
        foreach (var directive in directives)
            if (!SpecifiedDirectives.IsSpecified(directive.Name.Value))
                text.Append(' ').Append(Printer.Print(directive));
        return text.ToString();
    }

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(
        OrderedMap<InputValueDefinition> arguments,
        string indentation,
        bool applied
    )
    {
        if (arguments.Count == 0)
            return "";
        if (arguments.All(a => a.Description is null))
            return "(" + string.Join(", ", arguments.Select(a => PrintInputValue(a, applied))) + ")";
        return "(\n"
            + string.Join(
                "\n",
                arguments.Select(
                    (argument, i) =>
                        PrintDescription(argument.Description, "  " + indentation, i == 0)
                        + "  "
                        + indentation
                        + PrintInputValue(argument, applied)
                )
            )
            + "\n"
            + indentation
            + ")";
    }

    private static string PrintInputValue(InputValueDefinition inputValue, bool applied)
    {
        var declaration = $"{inputValue.Name}: {inputValue.Type}";
        if (inputValue.DefaultValue is not null)
            declaration += " = " + Printer.Print(inputValue.DefaultValue);
        return declaration
            + PrintDeprecated(inputValue.DeprecationReason)
            + PrintApplied(applied, inputValue.AstNode?.Directives);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
            return "";
        if (reason != SpecifiedDirectives.DefaultDeprecationReason)
            return $" @deprecated(reason: {PrintString(reason, block: false)})";
        return " @deprecated";
    }

    private static string PrintSpecifiedByUrl(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null
            ? ""
            : $" @specifiedBy(url: {PrintString(scalar.SpecifiedByUrl, block: false)})";

    private static string PrintDescription(
        string? description,
        string indentation = "",
        bool firstInBlock = true
    )
    {
        if (description is null)
            return "";
        var blockString = PrintString(description, BlockString.IsPrintable(description));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + blockString.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static string PrintString(string value, bool block) =>
        block ? BlockString.Print(value) : StringPrinter.Print(value);
}
