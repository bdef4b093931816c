// Every selected field is defined on the type it is selected on (or is __typename, __schema, __type).
// Spec 5.3.1 Field Selections.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Reports fields the parent type does not define, suggesting the types that do (for abstract parents) or
/// else similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override void EnterField(FieldNode node)
    {
        if (TypeInfo.ParentType is not { } parentType || TypeInfo.FieldDefinition is not null)
            return;
        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(
            SuggestedTypeNames(parentType, fieldName),
            "to use an inline fragment on"
        );
        if (suggestion.Length == 0)
            suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, fieldName));
        Report($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\".{suggestion}", node);
    }

    /// <summary>
    /// The possible types of an abstract parent that define the field, and their interfaces that do, the
    /// ones implemented by more of those types first, interfaces before their implementations.
    /// </summary>
    private List<string> SuggestedTypeNames(NamedType parentType, string fieldName)
    {
        if (!parentType.IsAbstractType)
            return [];
        var suggestedTypes = new List<ComplexType>();
        var usageCount = new Dictionary<ComplexType, int>();
        foreach (var possibleType in Schema.GetPossibleTypes(parentType))
        {
            if (possibleType.GetField(fieldName) is null)
                continue;
            suggestedTypes.Add(possibleType);
            usageCount[possibleType] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                    continue;
                if (usageCount.TryGetValue(possibleInterface, out var count))
                    usageCount[possibleInterface] = count + 1;
                else
                {
                    usageCount[possibleInterface] = 1;
                    suggestedTypes.Add(possibleInterface);
                }
            }
        }
        var order = Comparer<ComplexType>.Create(
            (a, b) =>
            {
                var usageDifference = usageCount[b] - usageCount[a];
                if (usageDifference != 0)
                    return usageDifference;
                if (a is InterfaceType && Schema.IsSubType(a, b))
                    return -1;
                if (b is InterfaceType && Schema.IsSubType(b, a))
                    return 1;
                return Suggestions.NaturalCompare(a.Name, b.Name);
            }
        );
        // Stable, as JavaScript's sort is.
        return [.. suggestedTypes.Order(order).Select(type => type.Name)];
    }

    private static List<string> SuggestedFieldNames(NamedType parentType, string fieldName) =>
        parentType is ComplexType complex
            ? Suggestions.List(fieldName, complex.Fields.Select(field => field.Name))
            : [];
}
