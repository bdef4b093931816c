// Every required argument (non-null, without a default) of a field or directive is provided.
// Spec 5.4.2.1 Required Arguments.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports fields and directives missing a required argument.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private Dictionary<string, List<(string Name, string Type)>>? _requiredByDirective;

    public override void LeaveField(FieldNode node)
    {
        if (TypeInfo.FieldDefinition is not { Arguments.Count: > 0 } field)
            return;
        foreach (var argument in field.Arguments)
        {
            if (!argument.IsRequired || IsProvided(node.Arguments, argument.Name))
                continue;
            var coordinate = KnownArgumentNamesRule.FieldCoordinate(Schema, TypeInfo.ParentType, field);
            Report(
                $"Argument \"{coordinate}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                node
            );
        }
    }

    public override void LeaveDirective(DirectiveNode node)
    {
        _requiredByDirective ??= CollectRequiredDirectiveArguments();
        if (!_requiredByDirective.TryGetValue(node.Name.Value, out var required))
            return;
        foreach (var (name, type) in required)
        {
            if (!IsProvided(node.Arguments, name))
                Report(
                    $"Argument \"@{node.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.",
                    node
                );
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
            if (argument.Name.Value == name)
                return true;
        return false;
    }

    private Dictionary<string, List<(string Name, string Type)>> CollectRequiredDirectiveArguments()
    {
        var required = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var directive in Schema.Directives)
            required[directive.Name] =
            [
                .. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())),
            ];
        foreach (var definition in Context.Document.Definitions)
            if (definition is DirectiveDefinitionNode directive)
                required[directive.Name.Value] =
                [
                    .. directive
                        .Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type))),
                ];
        return required;
    }
}
