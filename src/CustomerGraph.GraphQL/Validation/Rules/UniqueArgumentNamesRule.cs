// A field or directive is given each argument at most once.
// Spec 5.4.2 Argument Uniqueness.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports, once per name, arguments given more than once to the same field or directive.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterField(FieldNode node) => Check(node.Arguments);

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location) =>
        Check(node.Arguments);

    private void Check(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
            return;
        foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
                Report(
                    $"There can be only one argument named \"{group.Key}\".",
                    [.. group.Select(argument => argument.Name)]
                );
        }
    }
}
