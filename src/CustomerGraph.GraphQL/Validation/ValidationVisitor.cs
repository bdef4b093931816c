using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// Enter and leave hooks for every node kind a validation walk visits, in document order. Each hook
/// does nothing by default; a visitor overrides the ones it needs.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual void EnterDocument(DocumentNode node) { }

    public virtual void LeaveDocument(DocumentNode node) { }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node) { }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node) { }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node) { }

    /// <summary>Entered with <see cref="TypeInfo.ParentType"/> set to the type the selections apply to.</summary>
    public virtual void EnterSelectionSet(SelectionSetNode node) { }

    public virtual void LeaveSelectionSet(SelectionSetNode node) { }

    public virtual void EnterField(FieldNode node) { }

    public virtual void LeaveField(FieldNode node) { }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node) { }

    public virtual void EnterInlineFragment(InlineFragmentNode node) { }

    public virtual void LeaveInlineFragment(InlineFragmentNode node) { }

    /// <summary>A field or directive argument (not an argument definition).</summary>
    public virtual void EnterArgument(ArgumentNode node) { }

    public virtual void LeaveArgument(ArgumentNode node) { }

    /// <summary>A directive, with the location it is applied at (e.g. <c>FIELD</c>, <c>QUERY</c>, <c>OBJECT</c>).</summary>
    public virtual void EnterDirective(DirectiveNode node, DirectiveLocation location) { }

    public virtual void LeaveDirective(DirectiveNode node) { }

    /// <summary>A variable used as a value (not the variable a variable definition declares).</summary>
    public virtual void EnterVariable(VariableNode node) { }

    public virtual void EnterObjectValue(ObjectValueNode node) { }

    public virtual void LeaveObjectValue(ObjectValueNode node) { }

    public virtual void EnterObjectField(ObjectFieldNode node) { }

    /// <summary>A named type reference anywhere: variable types, type conditions, and type-system definitions.</summary>
    public virtual void EnterNamedType(NamedTypeNode node) { }

    /// <summary>
    /// A type-system node found in an executable document (definitions, extensions, field, argument and
    /// enum value definitions): not executable, but still checked by the rules that apply to it.
    /// </summary>
    public virtual void EnterTypeSystemNode(SyntaxNode node) { }
}
