using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema, the document, the walk's <see cref="TypeInfo"/>,
/// lookups several rules need (computed once, on first use), and the error list.
/// </summary>
public sealed class ValidationContext
{
    /// <summary>Budget for following fragment spreads, as graphql-js bounds it, so no document can make validation explode.</summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private int _remainingFragmentWork = FragmentWorkBudget;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(
        StringComparer.Ordinal
    );
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(
        ReferenceEqualityComparer.Instance
    );

    internal ValidationContext(
        Schema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        List<GraphQLError> errors,
        int maxErrors
    )
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _errors = errors;
        _maxErrors = maxErrors;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }

    /// <summary>The types in scope at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The fragment definition of that name; when a name is defined twice, the last one.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
                if (definition is FragmentDefinitionNode fragment)
                    _fragments[fragment.Name.Value] = fragment;
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere inside a selection set, not following them into their fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
            return spreads;
        spreads = [];
        // Same order as graphql-js (a stack of selection sets), since cycle messages name spreads in this order.
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(
        OperationDefinitionNode operation
    ) => GetRecursivelyReferencedFragmentList([operation]);

    /// <summary>Every fragment any of the operations uses, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(
        IReadOnlyList<OperationDefinitionNode> operations
    ) => GetRecursivelyReferencedFragmentList(operations);

    private List<FragmentDefinitionNode> GetRecursivelyReferencedFragmentList(
        IReadOnlyList<OperationDefinitionNode> operations
    )
    {
        var collectedNames = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            if (seenNames.Add(spread.Name.Value))
                collectedNames.Add(spread.Name.Value);

        // Operations spreading the same set of fragments share one result, as in graphql-js.
        var key = string.Join(',', seenNames.Order(StringComparer.Ordinal));
        if (_recursivelyReferencedFragments.TryGetValue(key, out var fragments))
            return fragments;

        fragments = [];
        SpendFragmentWork(collectedNames.Count);
        for (var i = 0; i < collectedNames.Count; i++)
        {
            if (GetFragment(collectedNames[i]) is not { } fragment)
                continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (seenNames.Add(spread.Name.Value))
                    collectedNames.Add(spread.Name.Value);
        }
        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used in one operation or fragment (not in the fragments it spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var usages))
            return usages;
        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(typeInfo);
        new ValidationWalker(typeInfo, [collector], walkVariableDefinitions: false).WalkDefinition(
            definition
        );
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses, directly or not.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
            return usages;
        var fragments = GetRecursivelyReferencedFragmentList([operation]);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var localUsages = GetVariableUsages(fragment);
                SpendFragmentWork(localUsages.Count);
                fragmentUsages.AddRange(localUsages);
            }
            _recursiveVariableUsages[fragments] = fragmentUsages;
        }
        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges work done following fragments; aborts validation once the budget is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
            throw new ValidationAbortedException(ValidationAbortedException.Aborted);
    }

    /// <summary>Records an error of a rule, located at the given nodes; aborts once the error limit is reached.</summary>
    public void ReportError(ValidationRule rule, string message, params ReadOnlySpan<SyntaxNode> nodes)
    {
        var locations = new SourceLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
            locations[i] = new SourceLocation(nodes[i].Location.Line, nodes[i].Location.Column);
        Add(
            new GraphQLError(message, locations, ErrorCodes.ValidationFailed)
            {
                Rule = rule.Name,
                RuleType = rule.GetType(),
            }
        );
    }

    /// <summary>Records an error built elsewhere, stamping the validation code and the rule on it.</summary>
    public void ReportError(ValidationRule rule, GraphQLError error) =>
        Add(
            new GraphQLError(
                error.Message,
                error.Locations,
                ErrorCodes.ValidationFailed,
                error.Path,
                error.Extensions
            )
            {
                Rule = rule.Name,
                RuleType = rule.GetType(),
            }
        );

    private void Add(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
            throw new ValidationAbortedException(ValidationAbortedException.TooManyErrors);
        _errors.Add(error);
    }
}

/// <summary>Stops a validation early: too many errors, or too much fragment work.</summary>
internal sealed class ValidationAbortedException(string message) : Exception(message)
{
    public const string TooManyErrors =
        "Too many validation errors, error limit reached. Validation aborted.";
    public const string Aborted = "Validation aborted.";
}
