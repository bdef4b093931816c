// An introspection query must not nest the list fields fields, interfaces, possibleTypes and inputFields
// three deep, which lets a small query ask for an exponentially large answer (graphql-js's recommended rule).
// Spec 5 (Validation, introduction): services may add rules beyond the specified ones.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports <c>__schema</c> and <c>__type</c> fields whose selections, fragments included, nest too deep.</summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);
    private FieldNode? _reportedField;

    public override void EnterField(FieldNode node)
    {
        // Like graphql-js, nothing inside a field already reported is checked again.
        if (_reportedField is not null || node.Name.Value is not ("__schema" or "__type"))
            return;
        if (ExceedsDepth(node))
        {
            Report("Maximum introspection depth exceeded", node);
            _reportedField = node;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        if (ReferenceEquals(node, _reportedField))
            _reportedField = null;
    }

    private enum Step
    {
        Done,
        Descended,
        Exceeded,
    }

    /// <summary>A selection set being walked, at a list depth; for a fragment's selections, the fragment's name.</summary>
    private record struct Frame(SelectionSetNode SelectionSet, int Depth, string? FragmentName)
    {
        public int Next;
    }

    /// <summary>
    /// Depth-first over the selections, following each fragment again only when reached at a greater
    /// depth than before; iterative, so long fragment chains cannot exhaust the stack.
    /// </summary>
    private bool ExceedsDepth(FieldNode root)
    {
        var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new List<Frame>();
        if (Enter(root, 0, frames, visitedFragments) == Step.Exceeded)
            return true;
        while (frames.Count > 0)
        {
            var top = frames.Count - 1;
            var frame = frames[top];
            if (frame.Next < frame.SelectionSet.Selections.Count)
            {
                var selection = frame.SelectionSet.Selections[frame.Next];
                frames[top] = frame with { Next = frame.Next + 1 };
                if (Enter(selection, frame.Depth, frames, visitedFragments) != Step.Exceeded)
                    continue;
                foreach (var open in frames)
                    if (open.FragmentName is { } name)
                        _exceededFragments[name] = open.Depth;
                return true;
            }
            frames.RemoveAt(top);
            if (frame.FragmentName is { } fragmentName)
                _checkedFragments[fragmentName] = frame.Depth;
        }
        return false;
    }

    private Step Enter(
        SelectionNode selection,
        int depth,
        List<Frame> frames,
        Dictionary<string, int> visitedFragments
    )
    {
        switch (selection)
        {
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (_exceededFragments.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                    return Step.Exceeded;
                if (
                    (visitedFragments.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                    || (_checkedFragments.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth)
                )
                    return Step.Done;
                if (Context.GetFragment(name) is not { } fragment)
                    return Step.Done;
                visitedFragments[name] = depth;
                frames.Add(new Frame(fragment.SelectionSet, depth, name));
                return Step.Descended;
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth)
                        return Step.Exceeded;
                }
                if (field.SelectionSet is null)
                    return Step.Done;
                frames.Add(new Frame(field.SelectionSet, depth, null));
                return Step.Descended;
            case InlineFragmentNode inlineFragment:
                frames.Add(new Frame(inlineFragment.SelectionSet, depth, null));
                return Step.Descended;
            default:
                return Step.Done;
        }
    }
}
