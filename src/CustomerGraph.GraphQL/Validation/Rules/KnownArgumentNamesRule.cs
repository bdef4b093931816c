// Every argument given to a field or directive is defined by that field or directive.
// Spec 5.4.1 Argument Names.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports arguments the field or directive does not define, suggesting similarly named ones.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private Dictionary<string, List<string>>? _argumentsByDirective;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        if (node.Arguments.Count == 0)
            return;
        _argumentsByDirective ??= CollectDirectiveArguments();
        var directiveName = node.Name.Value;
        if (!_argumentsByDirective.TryGetValue(directiveName, out var known))
            return;
        foreach (var argument in node.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (known.Contains(argumentName))
                continue;
            var suggestions = Suggestions.List(argumentName, known);
            Report(
                $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"."
                    + Suggestions.DidYouMean(suggestions),
                argument
            );
        }
    }

    public override void EnterArgument(ArgumentNode node)
    {
        // Directive arguments are checked above, against the directive's definition.
        if (
            TypeInfo.InDirective
            || TypeInfo.Argument is not null
            || TypeInfo.FieldDefinition is not { } field
        )
            return;
        var argumentName = node.Name.Value;
        var suggestions = Suggestions.List(argumentName, field.Arguments.Select(a => a.Name));
        Report(
            $"Unknown argument \"{argumentName}\" on field \"{FieldCoordinate(Schema, TypeInfo.ParentType, field)}\"."
                + Suggestions.DidYouMean(suggestions),
            node
        );
    }

    /// <summary>A field as graphql-js names it in messages: <c>Dog.name</c>, or <c>&lt;meta&gt;.__type</c>.</summary>
    internal static string FieldCoordinate(Schema schema, NamedType? parentType, FieldDefinition field)
    {
        var isMetaField =
            ReferenceEquals(field, schema.TypeNameMetaField)
            || ReferenceEquals(field, schema.SchemaMetaField)
            || ReferenceEquals(field, schema.TypeMetaField);
        var owner = isMetaField ? "<meta>" : field.DeclaringType?.Name ?? parentType?.Name ?? "<meta>";
        return $"{owner}.{field.Name}";
    }

    private Dictionary<string, List<string>> CollectDirectiveArguments()
    {
        var argumentsByDirective = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in Schema.Directives)
            argumentsByDirective[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
        foreach (var definition in Context.Document.Definitions)
            if (definition is DirectiveDefinitionNode directive)
                argumentsByDirective[directive.Name.Value] =
                [
                    .. directive.Arguments.Select(a => a.Name.Value),
                ];
        return argumentsByDirective;
    }
}
