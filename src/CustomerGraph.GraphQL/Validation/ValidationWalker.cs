using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// Walks a document once, in the order graphql-js visits it (descriptions excluded), keeping
/// <see cref="TypeInfo"/> current and calling every visitor's enter and leave hooks for each node.
/// Fragment spreads are not followed: each fragment definition is walked once, where it is defined.
/// </summary>
internal sealed class ValidationWalker(
    TypeInfo typeInfo,
    ValidationVisitor[] visitors,
    bool walkVariableDefinitions = true
)
{
    public void WalkDocument(DocumentNode document)
    {
        foreach (var visitor in visitors)
            visitor.EnterDocument(document);
        foreach (var definition in document.Definitions)
            WalkDefinition(definition);
        foreach (var visitor in visitors)
            visitor.LeaveDocument(document);
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            case TypeSystemNode typeSystemNode:
                WalkTypeSystemNode(typeSystemNode);
                break;
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        typeInfo.EnterOperationDefinition(node);
        foreach (var visitor in visitors)
            visitor.EnterOperationDefinition(node);
        if (walkVariableDefinitions)
            foreach (var variableDefinition in node.VariableDefinitions)
                WalkVariableDefinition(variableDefinition);
        WalkDirectives(node.Directives, OperationLocation(node.Operation));
        WalkSelectionSet(node.SelectionSet);
        foreach (var visitor in visitors)
            visitor.LeaveOperationDefinition(node);
        typeInfo.LeaveTypeScope();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        typeInfo.EnterFragmentDefinition(node);
        foreach (var visitor in visitors)
            visitor.EnterFragmentDefinition(node);
        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(node.SelectionSet);
        foreach (var visitor in visitors)
            visitor.LeaveFragmentDefinition(node);
        typeInfo.LeaveTypeScope();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        typeInfo.EnterVariableDefinition(node);
        foreach (var visitor in visitors)
            visitor.EnterVariableDefinition(node);
        WalkType(node.Type);
        if (node.DefaultValue is { } defaultValue)
            WalkValue(defaultValue);
        WalkDirectives(node.Directives, DirectiveLocation.VariableDefinition);
        foreach (var visitor in visitors)
            visitor.LeaveVariableDefinition(node);
        typeInfo.LeaveVariableDefinition();
    }

    private void WalkSelectionSet(SelectionSetNode node)
    {
        typeInfo.EnterSelectionSet();
        foreach (var visitor in visitors)
            visitor.EnterSelectionSet(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    WalkInlineFragment(inlineFragment);
                    break;
            }
        }
        foreach (var visitor in visitors)
            visitor.LeaveSelectionSet(node);
        typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        typeInfo.EnterField(node);
        foreach (var visitor in visitors)
            visitor.EnterField(node);
        foreach (var argument in node.Arguments)
            WalkArgument(argument);
        WalkDirectives(node.Directives, DirectiveLocation.Field);
        if (node.SelectionSet is { } selectionSet)
            WalkSelectionSet(selectionSet);
        foreach (var visitor in visitors)
            visitor.LeaveField(node);
        typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        foreach (var visitor in visitors)
            visitor.EnterFragmentSpread(node);
        WalkDirectives(node.Directives, DirectiveLocation.FragmentSpread);
        foreach (var visitor in visitors)
            visitor.LeaveFragmentSpread(node);
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        typeInfo.EnterInlineFragment(node);
        foreach (var visitor in visitors)
            visitor.EnterInlineFragment(node);
        if (node.TypeCondition is { } typeCondition)
            WalkNamedType(typeCondition);
        WalkDirectives(node.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(node.SelectionSet);
        foreach (var visitor in visitors)
            visitor.LeaveInlineFragment(node);
        typeInfo.LeaveTypeScope();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            typeInfo.EnterDirective(directive);
            foreach (var visitor in visitors)
                visitor.EnterDirective(directive, location);
            foreach (var argument in directive.Arguments)
                WalkArgument(argument);
            foreach (var visitor in visitors)
                visitor.LeaveDirective(directive);
            typeInfo.LeaveDirective();
        }
    }

    private void WalkArgument(ArgumentNode node)
    {
        typeInfo.EnterArgument(node);
        foreach (var visitor in visitors)
            visitor.EnterArgument(node);
        WalkValue(node.Value);
        foreach (var visitor in visitors)
            visitor.LeaveArgument(node);
        typeInfo.LeaveArgument();
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                foreach (var visitor in visitors)
                    visitor.EnterVariable(variable);
                break;
            case ListValueNode list:
                typeInfo.EnterListValue();
                foreach (var item in list.Values)
                    WalkValue(item);
                typeInfo.PopInput();
                break;
            case ObjectValueNode obj:
                foreach (var visitor in visitors)
                    visitor.EnterObjectValue(obj);
                foreach (var field in obj.Fields)
                {
                    typeInfo.EnterObjectField(field);
                    foreach (var visitor in visitors)
                        visitor.EnterObjectField(field);
                    WalkValue(field.Value);
                    typeInfo.PopInput();
                }
                foreach (var visitor in visitors)
                    visitor.LeaveObjectValue(obj);
                break;
        }
    }

    private void WalkType(TypeNode node)
    {
        while (node is not NamedTypeNode)
            node = node is ListTypeNode list ? list.Type : ((NonNullTypeNode)node).Type;
        WalkNamedType((NamedTypeNode)node);
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        foreach (var visitor in visitors)
            visitor.EnterNamedType(node);
    }

    // ---- Type-system definitions: invalid in an executable document, but still walked so the rules that
    // apply to their directives, type references and values report what graphql-js reports. ----

    private void EnterTypeSystemNode(SyntaxNode node)
    {
        foreach (var visitor in visitors)
            visitor.EnterTypeSystemNode(node);
    }

    private void WalkTypeSystemNode(TypeSystemNode node)
    {
        EnterTypeSystemNode(node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkDirectives(schema.Directives, DirectiveLocation.Schema);
                foreach (var operationType in schema.OperationTypes)
                    WalkNamedType(operationType.Type);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkDirectives(schemaExtension.Directives, DirectiveLocation.Schema);
                foreach (var operationType in schemaExtension.OperationTypes)
                    WalkNamedType(operationType.Type);
                break;
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                WalkDirectives(((TypeDefinitionOrExtensionNode)node).Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkComplexType(
                    objectType.Interfaces,
                    objectType.Directives,
                    objectType.Fields,
                    DirectiveLocation.Object
                );
                break;
            case ObjectTypeExtensionNode objectExtension:
                WalkComplexType(
                    objectExtension.Interfaces,
                    objectExtension.Directives,
                    objectExtension.Fields,
                    DirectiveLocation.Object
                );
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkComplexType(
                    interfaceType.Interfaces,
                    interfaceType.Directives,
                    interfaceType.Fields,
                    DirectiveLocation.Interface
                );
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WalkComplexType(
                    interfaceExtension.Interfaces,
                    interfaceExtension.Directives,
                    interfaceExtension.Fields,
                    DirectiveLocation.Interface
                );
                break;
            case UnionTypeDefinitionNode union:
                WalkDirectives(union.Directives, DirectiveLocation.Union);
                foreach (var member in union.Types)
                    WalkNamedType(member);
                break;
            case UnionTypeExtensionNode unionExtension:
                WalkDirectives(unionExtension.Directives, DirectiveLocation.Union);
                foreach (var member in unionExtension.Types)
                    WalkNamedType(member);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkEnumType(enumType.Directives, enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                WalkEnumType(enumExtension.Directives, enumExtension.Values);
                break;
            case InputObjectTypeDefinitionNode inputType:
                WalkDirectives(inputType.Directives, DirectiveLocation.InputObject);
                foreach (var field in inputType.Fields)
                    WalkInputValueDefinition(field, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WalkDirectives(inputExtension.Directives, DirectiveLocation.InputObject);
                foreach (var field in inputExtension.Fields)
                    WalkInputValueDefinition(field, DirectiveLocation.InputFieldDefinition);
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments)
                    WalkInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                break;
        }
    }

    private void WalkComplexType(
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        DirectiveLocation location
    )
    {
        foreach (var implemented in interfaces)
            WalkNamedType(implemented);
        WalkDirectives(directives, location);
        foreach (var field in fields)
        {
            EnterTypeSystemNode(field);
            foreach (var argument in field.Arguments)
                WalkInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
            WalkType(field.Type);
            WalkDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private void WalkEnumType(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values
    )
    {
        WalkDirectives(directives, DirectiveLocation.Enum);
        foreach (var value in values)
        {
            EnterTypeSystemNode(value);
            WalkDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void WalkInputValueDefinition(InputValueDefinitionNode node, DirectiveLocation location)
    {
        EnterTypeSystemNode(node);
        WalkType(node.Type);
        if (node.DefaultValue is { } defaultValue)
            WalkValue(defaultValue);
        WalkDirectives(node.Directives, location);
    }

    private static DirectiveLocation OperationLocation(OperationType operation) =>
        operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        };
}
