using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Static checks of a parsed document against the configured limits, before validation: selection depth
/// and field selections with fragments expanded (memoized per fragment, so nesting tricks stay linear).
/// </summary>
internal static class OperationLimits
{
    public static GraphQLError? Check(DocumentNode document, ExecutionOptions options)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment)
                fragments.TryAdd(fragment.Name.Value, fragment);
        var measured = new Dictionary<string, (int Depth, long Fields)>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
                continue;
            var (depth, fields) = Measure(operation.SelectionSet, fragments, measured, inProgress);
            var name = operation.Name is { } n ? $" \"{n.Value}\"" : "";
            if (depth > options.MaxSelectionDepth)
                return new GraphQLError(
                    $"The operation{name} is nested {depth} levels deep, more than the maximum of {options.MaxSelectionDepth}.",
                    [InputCoercion.ToSourceLocation(operation.Location)],
                    ErrorCodes.MaxDepthExceeded
                );
            if (fields > options.MaxFieldSelections)
                return new GraphQLError(
                    $"The operation{name} selects {(fields >= long.MaxValue / 4 ? "too many" : fields.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields, more than the maximum of {options.MaxFieldSelections}.",
                    [InputCoercion.ToSourceLocation(operation.Location)],
                    ErrorCodes.MaxFieldsExceeded
                );
        }
        return null;
    }

    private static (int Depth, long Fields) Measure(
        SelectionSetNode selectionSet,
        Dictionary<string, FragmentDefinitionNode> fragments,
        Dictionary<string, (int, long)> measured,
        HashSet<string> inProgress
    )
    {
        var depth = 0;
        long fields = 0;
        foreach (var selection in selectionSet.Selections)
        {
            (int Depth, long Fields) inner;
            switch (selection)
            {
                case FieldNode field:
                    inner = field.SelectionSet is { } set
                        ? Measure(set, fragments, measured, inProgress)
                        : (0, 0);
                    depth = Math.Max(depth, inner.Depth + 1);
                    fields = Add(fields, Add(inner.Fields, 1));
                    break;
                case InlineFragmentNode inline:
                    inner = Measure(inline.SelectionSet, fragments, measured, inProgress);
                    depth = Math.Max(depth, inner.Depth);
                    fields = Add(fields, inner.Fields);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!measured.TryGetValue(name, out inner))
                    {
                        // Cycles are a validation error; here they simply count nothing more.
                        if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add(name))
                            continue;
                        inner = Measure(fragment.SelectionSet, fragments, measured, inProgress);
                        inProgress.Remove(name);
                        measured[name] = inner;
                    }
                    depth = Math.Max(depth, inner.Depth);
                    fields = Add(fields, inner.Fields);
                    break;
            }
        }
        return (depth, fields);
    }

    private static long Add(long a, long b) =>
        a > long.MaxValue / 2 || b > long.MaxValue / 2 ? long.MaxValue / 2 : a + b;
}
