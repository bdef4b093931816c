using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Common;

/// <summary>
/// Tells whether a request may select a field below the field being resolved, so a query can leave large
/// columns unread. Conservative: a fragment spread or an inline fragment on the way counts as "may select".
/// </summary>
internal static class SelectionScan
{
    /// <summary>
    /// True unless no selection at any of <paramref name="paths"/> (dot-separated response names below the
    /// current field, e.g. <c>edges.node</c>) can select <paramref name="fieldName"/>.
    /// </summary>
    public static bool MaySelect(IResolverContext context, string fieldName, params string[] paths)
    {
        foreach (var node in context.Selections)
        foreach (var path in paths)
            if (MaySelect(node.SelectionSet, path.Split('.'), 0, fieldName))
                return true;
        return false;
    }

    private static bool MaySelect(SelectionSetNode? selectionSet, string[] path, int depth, string fieldName)
    {
        if (selectionSet is null)
            return false;
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is not FieldNode field)
                return true;
            if (depth == path.Length)
            {
                if (field.Name.Value == fieldName)
                    return true;
            }
            else if (
                field.Name.Value == path[depth]
                && MaySelect(field.SelectionSet, path, depth + 1, fieldName)
            )
                return true;
        }
        return false;
    }
}
