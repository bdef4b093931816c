using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;
using CustomerGraph.GraphQL.Validation.Rules;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>Validates an executable document against a schema (spec section 5) with graphql-js's specified rules.</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Every validation error in the document, in the order graphql-js reports them: rules run side by side
    /// in one walk of the document. Stops after <paramref name="maxErrors"/> errors, adding a last error
    /// saying validation was aborted.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        int maxErrors = 100
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, maxErrors);
        var rules = CreateSpecifiedRules();
        foreach (var rule in rules)
            rule.Attach(context);
        try
        {
            new ValidationWalker(typeInfo, rules).WalkDocument(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(new GraphQLError(aborted.Message, code: ErrorCodes.ValidationFailed));
        }
        return errors;
    }

    /// <summary>graphql-js 17's <c>specifiedRules</c>, in its order, less the @defer/@stream rules.</summary>
    private static ValidationRule[] CreateSpecifiedRules() =>
        [
            new ExecutableDefinitionsRule(),
            new KnownOperationTypesRule(),
            new UniqueOperationNamesRule(),
            new LoneAnonymousOperationRule(),
            new SingleFieldSubscriptionsRule(),
            new KnownTypeNamesRule(),
            new FragmentsOnCompositeTypesRule(),
            new VariablesAreInputTypesRule(),
            new ScalarLeafsRule(),
            new FieldsOnCorrectTypeRule(),
            new UniqueFragmentNamesRule(),
            new KnownFragmentNamesRule(),
            new NoUnusedFragmentsRule(),
            new PossibleFragmentSpreadsRule(),
            new NoFragmentCyclesRule(),
            new UniqueVariableNamesRule(),
            new NoUndefinedVariablesRule(),
            new NoUnusedVariablesRule(),
            new KnownDirectivesRule(),
            new UniqueDirectivesPerLocationRule(),
            new KnownArgumentNamesRule(),
            new UniqueArgumentNamesRule(),
            new ValuesOfCorrectTypeRule(),
            new ProvidedRequiredArgumentsRule(),
            new VariablesInAllowedPositionRule(),
            new OverlappingFieldsCanBeMergedRule(),
            new UniqueInputFieldNamesRule(),
            new MaxIntrospectionDepthRule(),
        ];
}
