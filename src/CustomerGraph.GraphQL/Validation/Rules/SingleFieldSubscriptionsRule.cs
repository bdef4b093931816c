// A subscription selects exactly one root field, not an introspection field, and not conditionally
// (no @skip or @include at the top level). Spec 5.2.4.1 Single Root Field.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Collects a subscription's root fields as execution would and reports anything but one plain field.</summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (
            node.Operation != OperationType.Subscription
            || Schema.SubscriptionType is not { } subscriptionType
        )
            return;

        var (groupedFields, forbiddenDirectives) = CollectRootFields(subscriptionType, node.SelectionSet);
        var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (forbiddenDirectives.Count > 0)
        {
            Report(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.",
                [.. forbiddenDirectives]
            );
            return;
        }
        if (groupedFields.Count == 0)
            Report($"{subject} must select one top level field.", node.SelectionSet);
        else if (groupedFields.Count > 1)
            Report(
                $"{subject} must select only one top level field.",
                [.. groupedFields.Skip(1).SelectMany(group => group.Fields)]
            );

        foreach (var group in groupedFields)
        {
            if (group.Fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                Report($"{subject} must not select an introspection top level field.", [.. group.Fields]);
        }
    }

    /// <summary>
    /// CollectFields (spec 6.3.2) over the root selection set, in order, following each fragment once. Any
    /// @skip or @include is recorded instead of evaluated, and excludes its selection, as graphql-js does.
    /// Iterative, so long fragment chains cannot exhaust the stack.
    /// </summary>
    private (List<(string Key, List<FieldNode> Fields)>, List<DirectiveNode>) CollectRootFields(
        ObjectType subscriptionType,
        SelectionSetNode rootSelectionSet
    )
    {
        var groupedFields = new List<(string Key, List<FieldNode> Fields)>();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var forbiddenDirectives = new List<DirectiveNode>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(SelectionSetNode Set, int Index)>();
        pending.Push((rootSelectionSet, 0));
        SpendWork(rootSelectionSet);

        while (pending.TryPop(out var frame))
        {
            var (set, index) = frame;
            if (index >= set.Selections.Count)
                continue;
            pending.Push((set, index + 1));
            var selection = set.Selections[index];
            if (!IsIncludedRecordingForbidden(selection, forbiddenDirectives))
                continue;
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (groupIndex.TryGetValue(key, out var existing))
                        groupedFields[existing].Fields.Add(field);
                    else
                    {
                        groupIndex[key] = groupedFields.Count;
                        groupedFields.Add((key, [field]));
                    }
                    break;
                case InlineFragmentNode inlineFragment:
                    if (ConditionMatches(inlineFragment.TypeCondition, subscriptionType))
                    {
                        SpendWork(inlineFragment.SelectionSet);
                        pending.Push((inlineFragment.SelectionSet, 0));
                    }
                    break;
                case FragmentSpreadNode spread:
                    if (
                        Context.GetFragment(spread.Name.Value) is { } fragment
                        && ConditionMatches(fragment.TypeCondition, subscriptionType)
                        && visitedFragments.Add(spread.Name.Value)
                    )
                    {
                        SpendWork(fragment.SelectionSet);
                        pending.Push((fragment.SelectionSet, 0));
                    }
                    break;
            }
        }
        return (groupedFields, forbiddenDirectives);
    }

    private void SpendWork(SelectionSetNode selectionSet)
    {
        var cost = selectionSet.Selections.Count;
        foreach (var selection in selectionSet.Selections)
            cost += selection.Directives.Count;
        Context.SpendFragmentWork(cost);
    }

    private static bool IsIncludedRecordingForbidden(SelectionNode selection, List<DirectiveNode> forbidden)
    {
        foreach (var name in (ReadOnlySpan<string>)["skip", "include"])
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == name)
                {
                    forbidden.Add(directive);
                    return false;
                }
            }
        }
        return true;
    }

    private bool ConditionMatches(NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
            return true;
        var conditionType = Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, type))
            return true;
        return conditionType is { IsAbstractType: true } && Schema.IsSubType(conditionType, type);
    }
}
