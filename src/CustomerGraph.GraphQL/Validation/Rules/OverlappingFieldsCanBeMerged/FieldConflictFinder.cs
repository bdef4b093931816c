// The engine of OverlappingFieldsCanBeMergedRule: fields sharing a response name must merge unambiguously
// (spec 5.3.2 "Field Selection Merging"). Follows graphql-js 17.1's algorithm, caches and messages.
using System.Runtime.CompilerServices;
using System.Text;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Finds fields with one response name that cannot be merged: different fields or arguments on types that
/// may coincide, or differently shaped results anywhere. One instance serves one document validation; it
/// caches collected fields and compared fragment pairs, so each conflict is reported once.
/// </summary>
/// <remarks>
/// Call <see cref="FindConflictsWithinSelectionSet"/> for every selection set in document order (a parent
/// before its children): selection sets of inline fragments are checked as part of their enclosing
/// selection set, as graphql-js does, and are skipped when their own turn comes.
/// Repeated identical leaf fields (same parent type, name and arguments, no sub-selection) are compared as
/// one, so thousands of <c>a: f</c> cost linear time; every conflict is still reported per field, in
/// graphql-js's order. Like graphql-js, the search stops with "Validation aborted." once its complexity
/// budget is spent.
/// </remarks>
public sealed class FieldConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    /// <summary>graphql-js's budget; we spend at a subset of its points, so we never stop where it does not.</summary>
    private const int ComplexityBudget = 500_000;

    private static readonly Comparison<(int Index, Conflict Conflict)> ByIndex = static (a, b) =>
        a.Index.CompareTo(b.Index);

    private readonly Schema _schema;
    private readonly Func<string, FragmentDefinitionNode?> _getFragment;
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collectedFields = [];
    private readonly Dictionary<FragmentDefinitionNode, CollectedFields> _fragmentFields = [];

    // Fragment pairs already compared, with whether that comparison assumed mutually exclusive parents.
    private readonly Dictionary<
        FragmentDefinitionNode,
        Dictionary<FragmentDefinitionNode, bool>
    > _comparedFragmentPairs = [];
    private readonly HashSet<SelectionSetNode> _inlineFragmentSelectionSets = [];
    private readonly Dictionary<ValueNode, string> _valueKeys = [];
    private readonly StringBuilder _valueKeyBuilder = new();
    private readonly StringBuilder _argumentsKeyBuilder = new();
    private readonly List<Conflict> _selectionSetConflicts = [];
    private readonly List<FragmentDefinitionNode> _pendingFragments = [];
    private readonly List<(FragmentDefinitionNode, FragmentDefinitionNode)> _pendingFragmentPairs = [];
    private int _remainingBudget = ComplexityBudget;

    /// <summary>Creates a finder for one document validated against <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema the document is validated against.</param>
    /// <param name="getFragment">Looks up a fragment definition of the document by name; null when unknown.</param>
    public FieldConflictFinder(Schema schema, Func<string, FragmentDefinitionNode?> getFragment)
    {
        _schema = schema;
        _getFragment = getFragment;
    }

    /// <summary>True once the complexity budget ran out; the finder then reports nothing more.</summary>
    public bool IsAborted { get; private set; }

    /// <summary>
    /// Adds to <paramref name="errors"/> one error per pair of fields in <paramref name="selectionSet"/>
    /// (fragments and inline fragments included) that cannot be merged.
    /// </summary>
    /// <param name="parentType">The type the selection set selects on; null when unknown.</param>
    /// <param name="selectionSet">A selection set of the document.</param>
    /// <param name="errors">Receives the errors.</param>
    public void FindConflictsWithinSelectionSet(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        List<GraphQLError> errors
    )
    {
        if (IsAborted || _inlineFragmentSelectionSets.Contains(selectionSet))
            return;
        var selections = selectionSet.Selections;
        // One field, or one fragment spread, cannot conflict with itself; conflicts inside are found where they are defined.
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
            return;
        RegisterInlineFragmentSelectionSets(selectionSet);

        var conflicts = _selectionSetConflicts;
        conflicts.Clear();
        try
        {
            FindConflictsWithin(parentType, selectionSet, conflicts);
        }
        catch (ValidationAbortedException)
        {
            IsAborted = true;
            conflicts.Clear();
            _pendingFragments.Clear();
            _pendingFragmentPairs.Clear();
            errors.Add(
                new GraphQLError("Validation aborted.", code: ErrorCodes.ValidationFailed)
                {
                    Rule = nameof(OverlappingFieldsCanBeMergedRule),
                    RuleType = typeof(OverlappingFieldsCanBeMergedRule),
                }
            );
            return;
        }
        foreach (var conflict in conflicts)
            errors.Add(ToError(conflict));
        conflicts.Clear();
    }

    private void RegisterInlineFragmentSelectionSets(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is InlineFragmentNode inlineFragment)
            {
                _inlineFragmentSelectionSets.Add(inlineFragment.SelectionSet);
                RegisterInlineFragmentSelectionSets(inlineFragment.SelectionSet);
            }
        }
    }

    private static GraphQLError ToError(Conflict conflict)
    {
        var locations = new List<SourceLocation>(conflict.Fields1.Count + conflict.Fields2.Count);
        AddLocations(locations, conflict.Fields1);
        AddLocations(locations, conflict.Fields2);
        return new GraphQLError(
            $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
            locations,
            ErrorCodes.ValidationFailed
        )
        {
            Rule = nameof(OverlappingFieldsCanBeMergedRule),
            RuleType = typeof(OverlappingFieldsCanBeMergedRule),
        };
    }

    private static void AddLocations(List<SourceLocation> locations, IReadOnlyList<FieldNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var location = fields[i].Location;
            if (location.Line > 0)
                locations.Add(new SourceLocation(location.Line, location.Column));
        }
    }

    // ---- Comparing selection sets and fragments ----

    private void FindConflictsWithin(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        List<Conflict> conflicts
    )
    {
        var fields = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fields);
        if (fields.Spreads.Count == 0 || (fields.Groups.Count == 0 && fields.Spreads.Count == 1))
            return;
        // Fields against each spread fragment, then each pair of spread fragments.
        var fragments = GetSpreadFragments(fields);
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragments[i]);
            for (var j = i + 1; j < fragments.Count; j++)
                CollectConflictsBetweenFragments(conflicts, false, fragments[i], fragments[j]);
        }
    }

    /// <summary>
    /// Compares the fields with those of the fragment and, depth first, of the fragments it spreads. A work
    /// list instead of recursion keeps long fragment chains off the call stack; the order is the same.
    /// </summary>
    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields fields,
        FragmentDefinitionNode fragment
    )
    {
        Spend(1);
        if (fields.Groups.Count == 0)
            return;
        var pending = _pendingFragments;
        var bottom = pending.Count;
        pending.Add(fragment);
        var first = true;
        while (pending.Count > bottom)
        {
            var next = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (!first)
                Spend(1);
            first = false;
            // An earlier comparison covers this one unless it assumed exclusivity and this one does not;
            // recording the pair also ends cycles of fragments.
            var compared = fields.ComparedFragments ??= [];
            if (compared.TryGetValue(next, out var wasExclusive) && (areMutuallyExclusive || !wasExclusive))
                continue;
            compared[next] = areMutuallyExclusive;

            var fragmentFields = GetFragmentFields(next);
            var referencedFragments = GetSpreadFragments(fragmentFields);
            if (ReferenceEquals(fields, fragmentFields))
                continue;
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            for (var i = referencedFragments.Count - 1; i >= 0; i--)
                pending.Add(referencedFragments[i]);
        }
    }

    /// <summary>
    /// Compares the fields of two fragments, then (depth first) the first with the fragments the second
    /// spreads and the fragments the first spreads with the second. A work list keeps this off the call stack.
    /// </summary>
    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        FragmentDefinitionNode fragment1,
        FragmentDefinitionNode fragment2
    )
    {
        var pending = _pendingFragmentPairs;
        var bottom = pending.Count;
        pending.Add((fragment1, fragment2));
        while (pending.Count > bottom)
        {
            var (first, second) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            Spend(2);
            if (ReferenceEquals(first, second))
                continue;
            if (
                WasFragmentPairCompared(first, second, areMutuallyExclusive)
                || WasFragmentPairCompared(second, first, areMutuallyExclusive)
            )
                continue;
            if (!_comparedFragmentPairs.TryGetValue(first, out var comparedWith))
                _comparedFragmentPairs[first] = comparedWith = [];
            comparedWith[second] = areMutuallyExclusive;

            var fields1 = GetFragmentFields(first);
            var referencedFragments1 = GetSpreadFragments(fields1);
            var fields2 = GetFragmentFields(second);
            var referencedFragments2 = GetSpreadFragments(fields2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            // Pushed in reverse so that they are taken in order.
            for (var i = referencedFragments1.Count - 1; i >= 0; i--)
                pending.Add((referencedFragments1[i], second));
            for (var i = referencedFragments2.Count - 1; i >= 0; i--)
                pending.Add((first, referencedFragments2[i]));
        }
    }

    private bool WasFragmentPairCompared(
        FragmentDefinitionNode fragment1,
        FragmentDefinitionNode fragment2,
        bool areMutuallyExclusive
    ) =>
        _comparedFragmentPairs.TryGetValue(fragment1, out var comparedWith)
        && comparedWith.TryGetValue(fragment2, out var wasExclusive)
        && (areMutuallyExclusive || !wasExclusive);

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2
    )
    {
        var conflicts = new List<Conflict>();
        var fields1 = CollectFields(parentType1, selectionSet1);
        var fragments1 = GetSpreadFragments(fields1);
        var fields2 = CollectFields(parentType2, selectionSet2);
        var fragments2 = GetSpreadFragments(fields2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        for (var i = 0; i < fragments2.Count; i++)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragments2[i]);
        for (var i = 0; i < fragments1.Count; i++)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragments1[i]);
        for (var i = 0; i < fragments1.Count; i++)
        for (var j = 0; j < fragments2.Count; j++)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragments1[i], fragments2[j]);
        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        var groups = fields.Groups;
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Fields.Count > 1)
                ComparePairs(conflicts, false, groups[i], groups[i], within: true);
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        CollectedFields fields1,
        CollectedFields fields2
    )
    {
        if (fields1.Groups.Count == 0 || fields2.Groups.Count == 0)
            return;
        var overlapping = GetOverlappingGroups(fields1, fields2);
        for (var i = 0; i < overlapping.Count; i++)
            ComparePairs(
                conflicts,
                parentFieldsAreMutuallyExclusive,
                overlapping[i].Group1,
                overlapping[i].Group2,
                within: false
            );
    }

    private List<(FieldGroup Group1, FieldGroup Group2)> GetOverlappingGroups(
        CollectedFields fields1,
        CollectedFields fields2
    )
    {
        var byOther = fields1.OverlappingGroups ??= [];
        if (byOther.TryGetValue(fields2, out var cached))
            return cached;
        var overlapping = new List<(FieldGroup, FieldGroup)>();
        foreach (var group1 in fields1.Groups)
        {
            Spend(1);
            if (fields2.GroupsByResponseName.TryGetValue(group1.ResponseName, out var group2))
                overlapping.Add((group1, group2));
        }
        byOther[fields2] = overlapping;
        return overlapping;
    }

    // ---- Comparing the fields of two groups with one response name ----

    /// <summary>
    /// Compares every field of <paramref name="group1"/> with every field of <paramref name="group2"/> (each
    /// pair once when <paramref name="within"/>), adding conflicts in graphql-js's pair order.
    /// </summary>
    private void ComparePairs(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        FieldGroup group1,
        FieldGroup group2,
        bool within
    )
    {
        var fields1 = group1.Fields;
        var fields2 = group2.Fields;
        var classes1 = GetClasses(group1);
        var classes2 = within ? classes1 : GetClasses(group2);
        if (!classes1.HasDuplicates && !classes2.HasDuplicates)
        {
            for (var i = 0; i < fields1.Count; i++)
            for (var j = within ? i + 1 : 0; j < fields2.Count; j++)
            {
                var conflict = FindConflict(
                    areMutuallyExclusive,
                    group1.ResponseName,
                    fields1[i],
                    fields2[j]
                );
                if (conflict is not null)
                    conflicts.Add(conflict);
            }
            return;
        }
        if (within && classes1.Count == 1)
            return;
        new ClassComparison(
            this,
            conflicts,
            areMutuallyExclusive,
            group1,
            classes1,
            group2,
            classes2,
            within
        ).Run();
    }

    /// <summary>
    /// Compares two groups class by class. Identical leaf fields (a class) conflict with nothing in their own
    /// class and alike with everything else, so one comparison per pair of classes decides for all their
    /// members; comparisons between two single fields, which may recurse and consult the caches, run one by
    /// one in graphql-js's order, as do the conflicts reported.
    /// </summary>
    private sealed class ClassComparison(
        FieldConflictFinder finder,
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        FieldGroup group1,
        FieldClasses classes1,
        FieldGroup group2,
        FieldClasses classes2,
        bool within
    )
    {
        private readonly Dictionary<(int, int), string?> _reasons = [];
        private readonly Dictionary<int, List<int>> _conflictingClasses = [];
        private readonly List<(int Index, Conflict Conflict)> _row = [];

        public void Run()
        {
            var fields1 = group1.Fields;
            for (var i = 0; i < fields1.Count; i++)
            {
                var class1 = classes1.ClassOf[i];
                var firstIndex2 = within ? i + 1 : 0;
                if (classes1.Members[class1].Count == 1)
                    CompareSingleField(i, class1, firstIndex2);
                else
                {
                    foreach (var class2 in GetConflictingClasses(class1))
                        AddClassConflicts(i, class1, class2, firstIndex2);
                }
                if (_row.Count > 1)
                    _row.Sort(ByIndex);
                foreach (var (_, conflict) in _row)
                    conflicts.Add(conflict);
                _row.Clear();
            }
        }

        private void CompareSingleField(int index1, int class1, int firstIndex2)
        {
            var field1 = group1.Fields[index1];
            var singles = classes2.SingleFieldIndexes;
            for (var k = FirstAtLeast(singles, firstIndex2); k < singles.Count; k++)
            {
                var index2 = singles[k];
                var conflict = finder.FindConflict(
                    areMutuallyExclusive,
                    group1.ResponseName,
                    field1,
                    group2.Fields[index2]
                );
                if (conflict is not null)
                    _row.Add((index2, conflict));
            }
            foreach (var class2 in classes2.DuplicateClasses)
                AddClassConflicts(index1, class1, class2, firstIndex2);
        }

        private List<int> GetConflictingClasses(int class1)
        {
            if (_conflictingClasses.TryGetValue(class1, out var found))
                return found;
            found = [];
            var firstMember1 = classes1.Members[class1][0];
            for (var class2 = 0; class2 < classes2.Count; class2++)
            {
                var members2 = classes2.Members[class2];
                // Within one group, only classes with a member after one of ours are ever paired this way round.
                if (within && (class2 == class1 || members2[^1] <= firstMember1))
                    continue;
                if (GetReason(class1, class2) is not null)
                    found.Add(class2);
            }
            _conflictingClasses[class1] = found;
            return found;
        }

        private void AddClassConflicts(int index1, int class1, int class2, int firstIndex2)
        {
            var members2 = classes2.Members[class2];
            if (members2[^1] < firstIndex2 || GetReason(class1, class2) is not { } reason)
                return;
            var node1 = group1.Fields[index1].Node;
            for (var k = FirstAtLeast(members2, firstIndex2); k < members2.Count; k++)
            {
                // graphql-js compares each of these pairs; charging as much keeps the number of errors bounded.
                finder.Spend(2);
                var index2 = members2[k];
                _row.Add(
                    (index2, new Conflict(group1.ResponseName, reason, [node1], [group2.Fields[index2].Node]))
                );
            }
        }

        private string? GetReason(int class1, int class2)
        {
            if (_reasons.TryGetValue((class1, class2), out var reason))
                return reason;
            // One side is a leaf without sub-selection, so this comparison neither recurses nor touches the caches.
            reason = finder
                .FindConflict(
                    areMutuallyExclusive,
                    group1.ResponseName,
                    group1.Fields[classes1.Members[class1][0]],
                    group2.Fields[classes2.Members[class2][0]]
                )
                ?.Reason;
            // The pairs of a conflicting class pair are each charged when reported, this first one included.
            if (reason is not null)
                finder._remainingBudget += 2;
            _reasons[(class1, class2)] = reason;
            return reason;
        }

        private static int FirstAtLeast(List<int> sortedIndexes, int minimum)
        {
            var position = sortedIndexes.BinarySearch(minimum);
            return position >= 0 ? position : ~position;
        }
    }

    /// <summary>Whether two fields with one response name can be merged; the conflict when they cannot.</summary>
    private Conflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldInfo field1,
        FieldInfo field2
    )
    {
        // Fields on two different object types can never be selected on the same object.
        var areMutuallyExclusive =
            parentFieldsAreMutuallyExclusive
            || (
                !ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType
                && field2.ParentType is ObjectType
            );
        Spend(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var name1 = node1.Name.Value;
        var name2 = node2.Name.Value;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && name1 == name2)
            return null;

        if (!areMutuallyExclusive)
        {
            if (name1 != name2)
                return new Conflict(
                    responseName,
                    $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields",
                    [node1],
                    [node2]
                );
            if (!SameArguments(node1.Arguments, node2.Arguments))
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            return new Conflict(
                responseName,
                $"they return conflicting types \"{type1}\" and \"{type2}\"",
                [node1],
                [node2]
            );

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            EnsureStack();
            var subfieldConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.Unwrapped,
                selectionSet1,
                type2?.Unwrapped,
                selectionSet2
            );
            return SubfieldConflicts(subfieldConflicts, responseName, node1, node2);
        }
        return null;
    }

    /// <summary>Same result shape: equal list and non-null wrapping, and the same leaf type when either is a leaf.</summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
                return false;
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                    return true;
                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }
            if (type2 is ListType)
                return true;
            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                    return true;
                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }
            if (type2 is NonNullType)
                return true;
            return type1.IsLeafType || type2.IsLeafType;
        }
    }

    private static Conflict? SubfieldConflicts(
        List<Conflict> conflicts,
        string responseName,
        FieldNode node1,
        FieldNode node2
    )
    {
        if (conflicts.Count == 0)
            return null;
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
                message.Append(" and ");
            message
                .Append("subfields \"")
                .Append(Abbreviate(conflict.ResponseName))
                .Append("\" conflict because ")
                .Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
                break;
        }
        return new Conflict(
            responseName,
            Abbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, firstSide: true),
            CollectConflictNodes(node2, conflicts, firstSide: false)
        );
    }

    /// <summary>The field, then the conflicting subfields on its side, at most twenty nodes in all.</summary>
    private static List<FieldNode> CollectConflictNodes(
        FieldNode node,
        List<Conflict> conflicts,
        bool firstSide
    )
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = firstSide ? conflict.Fields1 : conflict.Fields2;
            // Keep the last ones of the side when they do not all fit.
            for (var k = Math.Max(0, side.Count - (MaxConflictNodes - nodes.Count)); k < side.Count; k++)
                nodes.Add(side[k]);
            if (nodes.Count == MaxConflictNodes)
                break;
        }
        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength
            ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...")
            : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
            throw new ValidationAbortedException();
    }

    /// <summary>Selections nested too deeply for the call stack stop the search rather than the process.</summary>
    private static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new ValidationAbortedException();
    }

    // ---- Arguments ----

    /// <summary>Same number of arguments, and each argument of the first has an equal value in the second.</summary>
    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
            return false;
        for (var i = 0; i < arguments1.Count; i++)
        {
            var value2 = FindLastArgumentValue(arguments2, arguments1[i].Name.Value);
            if (value2 is null || GetValueKey(arguments1[i].Value) != GetValueKey(value2))
                return false;
        }
        return true;
    }

    /// <summary>The value of the named argument; the last one when the name is repeated, as a map keyed by name keeps it.</summary>
    private static ValueNode? FindLastArgumentValue(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
                return arguments[i].Value;
        }
        return null;
    }

    /// <summary>
    /// A string equal for two values exactly when they are structurally equal: variables by name, input
    /// object fields in any order, block and quoted strings told apart (as graphql-js compares them).
    /// </summary>
    private string GetValueKey(ValueNode value)
    {
        if (_valueKeys.TryGetValue(value, out var key))
            return key;
        _valueKeyBuilder.Clear();
        AppendValueKey(_valueKeyBuilder, value);
        key = _valueKeyBuilder.ToString();
        _valueKeys[value] = key;
        return key;
    }

    // Each part is a tag then a length-prefixed text or nested parts, so the encoding is unambiguous.
    private static void AppendValueKey(StringBuilder key, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                AppendText(key.Append('$'), variable.Name.Value);
                break;
            case IntValueNode intValue:
                AppendText(key.Append('i'), intValue.Value);
                break;
            case FloatValueNode floatValue:
                AppendText(key.Append('f'), floatValue.Value);
                break;
            case StringValueNode stringValue:
                AppendText(key.Append(stringValue.Block ? 'B' : 's'), stringValue.Value);
                break;
            case BooleanValueNode booleanValue:
                key.Append(booleanValue.Value ? "b1" : "b0");
                break;
            case NullValueNode:
                key.Append('n');
                break;
            case EnumValueNode enumValue:
                AppendText(key.Append('e'), enumValue.Value);
                break;
            case ListValueNode list:
                key.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                    AppendValueKey(key, list.Values[i]);
                key.Append(']');
                break;
            case ObjectValueNode objectValue:
                key.Append('{');
                foreach (var field in SortedByName(objectValue.Fields))
                {
                    AppendText(key, field.Name.Value);
                    AppendValueKey(key, field.Value);
                }
                key.Append('}');
                break;
        }
    }

    private static void AppendText(StringBuilder key, string text) =>
        key.Append(text.Length).Append(':').Append(text);

    /// <summary>Input object fields ordered by name, repeated names kept in source order.</summary>
    private static ObjectFieldNode[] SortedByName(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new ObjectFieldNode[fields.Count];
        var order = new int[fields.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = fields[i];
            order[i] = i;
        }
        Array.Sort(
            order,
            sorted,
            Comparer<int>.Create(
                (a, b) =>
                {
                    var byName = string.CompareOrdinal(fields[a].Name.Value, fields[b].Name.Value);
                    return byName != 0 ? byName : a.CompareTo(b);
                }
            )
        );
        return sorted;
    }

    /// <summary>
    /// The arguments as an order-insensitive key, for fields with distinct argument names; null when a name
    /// repeats, since such fields do not compare alike with every other field.
    /// </summary>
    private string? GetArgumentsKey(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
            return "";
        var sorted = new ArgumentNode[arguments.Count];
        for (var i = 0; i < sorted.Length; i++)
            sorted[i] = arguments[i];
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
        var key = _argumentsKeyBuilder.Clear();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Name.Value == sorted[i - 1].Name.Value)
                return null;
            AppendText(key, sorted[i].Name.Value);
            key.Append(GetValueKey(sorted[i].Value));
        }
        return key.ToString();
    }

    // ---- Collecting fields ----

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collectedFields.TryGetValue((parentType, selectionSet), out var fields))
        {
            fields = new CollectedFields();
            CollectFieldsInto(fields, parentType, selectionSet);
            _collectedFields[(parentType, selectionSet)] = fields;
        }
        return fields;
    }

    /// <summary>Fields by response name, inline fragments expanded; fragment spreads are kept aside.</summary>
    private void CollectFieldsInto(
        CollectedFields fields,
        NamedType? parentType,
        SelectionSetNode selectionSet
    )
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    var definition = parentType is null
                        ? null
                        : _schema.GetFieldDefinition(parentType, field.Name.Value);
                    fields.Add(new FieldInfo(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fields.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    var typeCondition = inlineFragment.TypeCondition;
                    CollectFieldsInto(
                        fields,
                        typeCondition is null ? parentType : _schema.GetType(typeCondition.Name.Value),
                        inlineFragment.SelectionSet
                    );
                    break;
            }
        }
    }

    private CollectedFields GetFragmentFields(FragmentDefinitionNode fragment)
    {
        if (!_fragmentFields.TryGetValue(fragment, out var fields))
        {
            fields = CollectFields(_schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            _fragmentFields[fragment] = fields;
        }
        return fields;
    }

    /// <summary>The known fragments spread in the selection set, each once, in order of first spread.</summary>
    private List<FragmentDefinitionNode> GetSpreadFragments(CollectedFields fields)
    {
        if (fields.SpreadFragments is { } cached)
            return cached;
        var fragments = new List<FragmentDefinitionNode>(fields.Spreads.Count);
        HashSet<FragmentDefinitionNode>? seen = fields.Spreads.Count > 1 ? [] : null;
        foreach (var spread in fields.Spreads)
        {
            if (_getFragment(spread.Name.Value) is { } fragment && (seen is null || seen.Add(fragment)))
                fragments.Add(fragment);
        }
        fields.SpreadFragments = fragments;
        return fragments;
    }

    /// <summary>Partitions a group into classes of identical leaf fields; every other field is a class of its own.</summary>
    private FieldClasses GetClasses(FieldGroup group)
    {
        if (group.Classes is { } cached)
            return cached;
        var fields = group.Fields;
        if (fields.Count == 1)
            return group.Classes = FieldClasses.SingleField;
        var classes = new FieldClasses(fields.Count);
        Dictionary<(NamedType?, string, string), int>? classByShape = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            int classId;
            if (field.Node.SelectionSet is null && GetArgumentsKey(field.Node.Arguments) is { } argumentsKey)
            {
                classByShape ??= [];
                var shape = (field.ParentType, field.Node.Name.Value, argumentsKey);
                if (!classByShape.TryGetValue(shape, out classId))
                    classByShape[shape] = classId = classes.AddClass();
            }
            else
                classId = classes.AddClass();
            classes.AddMember(classId, i);
        }
        classes.Complete();
        group.Classes = classes;
        return classes;
    }

    // ---- Data ----

    /// <summary>A field selection with the parent type it was selected on and its definition there.</summary>
    private sealed class FieldInfo(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields merge when name and type agree.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
    }

    /// <summary>The fields of a selection set that share one response name, in document order.</summary>
    private sealed class FieldGroup(string responseName)
    {
        public string ResponseName { get; } = responseName;
        public List<FieldInfo> Fields { get; } = [];
        public FieldClasses? Classes { get; set; }
    }

    /// <summary>The fields of a group partitioned into classes that compare alike; class ids follow first occurrence.</summary>
    private sealed class FieldClasses(int fieldCount)
    {
        /// <summary>The classes of every group with one field, shared.</summary>
        public static readonly FieldClasses SingleField = CreateSingleField();

        public int[] ClassOf { get; } = new int[fieldCount];

        /// <summary>The field indexes of each class, ascending.</summary>
        public List<List<int>> Members { get; } = [];

        /// <summary>Indexes of the fields alone in their class, ascending.</summary>
        public List<int> SingleFieldIndexes { get; } = [];

        /// <summary>The classes with more than one field.</summary>
        public List<int> DuplicateClasses { get; } = [];

        public int Count => Members.Count;
        public bool HasDuplicates => DuplicateClasses.Count > 0;

        public int AddClass()
        {
            Members.Add([]);
            return Members.Count - 1;
        }

        public void AddMember(int classId, int index)
        {
            ClassOf[index] = classId;
            Members[classId].Add(index);
        }

        private static FieldClasses CreateSingleField()
        {
            var classes = new FieldClasses(1);
            classes.AddMember(classes.AddClass(), 0);
            classes.Complete();
            return classes;
        }

        public void Complete()
        {
            for (var i = 0; i < ClassOf.Length; i++)
            {
                if (Members[ClassOf[i]].Count == 1)
                    SingleFieldIndexes.Add(i);
            }
            for (var classId = 0; classId < Members.Count; classId++)
            {
                if (Members[classId].Count > 1)
                    DuplicateClasses.Add(classId);
            }
        }
    }

    /// <summary>A selection set's fields grouped by response name (inline fragments expanded) and its fragment spreads.</summary>
    private sealed class CollectedFields
    {
        public List<FieldGroup> Groups { get; } = [];
        public Dictionary<string, FieldGroup> GroupsByResponseName { get; } = new(StringComparer.Ordinal);
        public List<FragmentSpreadNode> Spreads { get; } = [];
        public List<FragmentDefinitionNode>? SpreadFragments { get; set; }

        /// <summary>Fragments these fields were compared with, and whether that assumed exclusive parents.</summary>
        public Dictionary<FragmentDefinitionNode, bool>? ComparedFragments { get; set; }
        public Dictionary<
            CollectedFields,
            List<(FieldGroup Group1, FieldGroup Group2)>
        >? OverlappingGroups { get; set; }

        public void Add(FieldInfo field)
        {
            var responseName = field.Node.ResponseName;
            if (!GroupsByResponseName.TryGetValue(responseName, out var group))
            {
                group = new FieldGroup(responseName);
                GroupsByResponseName[responseName] = group;
                Groups.Add(group);
            }
            group.Fields.Add(field);
        }
    }

    /// <summary>Two fields (with the conflicting subfields beneath them) that cannot be merged, and why.</summary>
    private sealed class Conflict(
        string responseName,
        string reason,
        IReadOnlyList<FieldNode> fields1,
        IReadOnlyList<FieldNode> fields2
    )
    {
        public string ResponseName { get; } = responseName;
        public string Reason { get; } = reason;
        public IReadOnlyList<FieldNode> Fields1 { get; } = fields1;
        public IReadOnlyList<FieldNode> Fields2 { get; } = fields2;
    }

    /// <summary>Thrown when the complexity budget runs out (or the stack would), to unwind the search.</summary>
    private sealed class ValidationAbortedException : Exception;
}
