// Fragment spreads must not form cycles: a fragment must not spread itself, directly or through others.
// Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Reports each spread that closes a cycle, naming the fragments it goes through. A depth-first search
/// over fragments, each visited once, kept on an explicit stack so long chains cannot exhaust the stack.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
        // Each frame: a fragment on the current path and the index of its next spread to follow.
        var frames = new Stack<(string Name, IReadOnlyList<FragmentSpreadNode> Spreads, int Next)>();
        if (!Start(node, frames))
            return;
        while (frames.TryPop(out var frame))
        {
            if (frame.Next > 0)
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            if (frame.Next == frame.Spreads.Count)
            {
                _spreadPathIndexByName.Remove(frame.Name);
                continue;
            }
            frames.Push(frame with { Next = frame.Next + 1 });
            var spread = frame.Spreads[frame.Next];
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                ReportCycle(spreadName, cycleIndex);
                continue;
            }
            if (Context.GetFragment(spreadName) is { } spreadFragment)
                Start(spreadFragment, frames);
        }
    }

    /// <summary>Puts a not yet visited fragment with spreads on the path; false when there is nothing to follow.</summary>
    private bool Start(
        FragmentDefinitionNode fragment,
        Stack<(string Name, IReadOnlyList<FragmentSpreadNode> Spreads, int Next)> frames
    )
    {
        var name = fragment.Name.Value;
        if (!_visitedFragments.Add(name))
            return false;
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
            return false;
        _spreadPathIndexByName[name] = _spreadPath.Count;
        frames.Push((name, spreads, 0));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cyclePath = _spreadPath[cycleIndex..];
        var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => $"\"{s.Name.Value}\""));
        Report(
            $"Cannot spread fragment \"{spreadName}\" within itself"
                + (via.Length > 0 ? $" via {via}." : "."),
            [.. cyclePath]
        );
    }
}
