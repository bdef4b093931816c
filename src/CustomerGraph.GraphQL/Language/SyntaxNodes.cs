namespace CustomerGraph.GraphQL.Language;

/// <summary>Where a node or token sits in the source: byte offsets plus the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public static readonly Location None = new(0, 0, 0, 0);
}

/// <summary>The kind of every syntax node, one per grammar production that produces a node.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>The three operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>Base of every immutable syntax node.</summary>
public abstract class SyntaxNode(Location location)
{
    public abstract SyntaxKind Kind { get; }
    public Location Location { get; } = location;
}

public sealed class NameNode(string value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; } = value;

    public override string ToString() => Value;
}

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode(
    StringValueNode? description,
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : DefinitionNode(location)
{
    /// <summary>Descriptions on executable definitions are new in the September 2025 specification.</summary>
    public StringValueNode? Description { get; } = description;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class OperationDefinitionNode(
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public OperationType Operation { get; } = operation;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
}

public sealed class VariableDefinitionNode(
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public StringValueNode? Description { get; } = description;
    public VariableNode Variable { get; } = variable;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FragmentDefinitionNode(
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public new NameNode Name => base.Name!;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
}

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(IReadOnlyList<DirectiveNode> directives, Location location)
    : SyntaxNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key this field has in the response: its alias, or else its name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}

public sealed class FragmentSpreadNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; } = name;
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}

public sealed class ArgumentNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}

// ---- Values ----

/// <summary>Any input value literal, or a variable.</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);

public sealed class VariableNode(NameNode name, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; } = name;
}

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; } = value;
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public string Value { get; } = value;
}

/// <summary>A string literal with escapes resolved; <see cref="Block"/> marks a block string.</summary>
public sealed class StringValueNode(string value, bool block, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; } = value;
    public bool Block { get; } = block;
}

public sealed class BooleanValueNode(bool value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; } = value;
}

public sealed class NullValueNode(Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

public sealed class EnumValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; } = value;
}

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<ValueNode> Values { get; } = values;
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location)
    : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}

public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}

// ---- Type references ----

/// <summary>A type reference: named, list or non-null.</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location);

public sealed class NamedTypeNode(NameNode name, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; } = name;
}

public sealed class ListTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public TypeNode Type { get; } = type;
}

public sealed class NonNullTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>A <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>, never another non-null.</summary>
    public TypeNode Type { get; } = type;
}

// ---- Type system definitions ----

/// <summary>A schema, type or directive definition, or an extension of one.</summary>
public abstract class TypeSystemNode(Location location) : DefinitionNode(location);

public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location
) : TypeSystemNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location location
) : TypeSystemNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}

public sealed class OperationTypeDefinitionNode(
    OperationType operation,
    NamedTypeNode type,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}

/// <summary>A named type's definition or extension; extensions have no description.</summary>
public abstract class TypeDefinitionOrExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeSystemNode(location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public abstract bool IsExtension { get; }
}

/// <summary>A named type's definition (not an extension).</summary>
public abstract class TypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeDefinitionOrExtensionNode(name, directives, location)
{
    public StringValueNode? Description { get; } = description;
    public override bool IsExtension => false;
}

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeDefinitionOrExtensionNode(name, directives, location)
{
    public override bool IsExtension => true;
}

public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

public sealed class ScalarTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}

public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public TypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}

public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
}

public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location
) : TypeDefinitionNode(description, name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}

public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    Location location
) : TypeSystemNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool Repeatable { get; } = repeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
