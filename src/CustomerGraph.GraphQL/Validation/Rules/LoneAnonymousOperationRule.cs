// An anonymous operation is allowed only when it is the document's only operation.
// Spec 5.2.3.1 Lone Anonymous Operation.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports anonymous operations in documents with more than one operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private int _operationCount;

    public override void EnterDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
            if (definition is OperationDefinitionNode)
                _operationCount++;
    }

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Name is null && _operationCount > 1)
            Report("This anonymous operation must be the only defined operation.", node);
    }
}
