using System.Text;

namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>The syntax tree each production of appendix C builds, with its locations.</summary>
public class ParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    private static SelectionNode FirstSelection(string source) =>
        Single<OperationDefinitionNode>(source).SelectionSet.Selections[0];

    // ---- Executable definitions (spec 2.3 - 2.8) ----

    [Fact]
    public void Shorthand_query_is_an_anonymous_query()
    {
        var operation = Single<OperationDefinitionNode>("{ a }");
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal(new Location(0, 5, 1, 1), operation.Location);
    }

    [Theory]
    [InlineData("query Q { a }", "Query")]
    [InlineData("mutation Q { a }", "Mutation")]
    [InlineData("subscription Q { a }", "Subscription")]
    public void Operation_types_are_recognised(string source, string operationType)
    {
        var operation = Single<OperationDefinitionNode>(source);
        Assert.Equal(Enum.Parse<OperationType>(operationType), operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
    }

    [Fact]
    public void Operations_carry_variables_directives_and_descriptions()
    {
        var operation = Single<OperationDefinitionNode>(
            "\"Fetches a\" query Q(\"the id\" $id: ID! = \"1\" @v, $list: [[Int!]]) @op(x: 1) { a }"
        );
        Assert.Equal("Fetches a", operation.Description?.Value);
        Assert.False(operation.Description?.Block);
        Assert.Equal(2, operation.VariableDefinitions.Count);

        var id = operation.VariableDefinitions[0];
        Assert.Equal("the id", id.Description?.Value);
        Assert.Equal("id", id.Variable.Name.Value);
        var idType = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(idType.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<StringValueNode>(id.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(id.Directives).Name.Value);

        var list = operation.VariableDefinitions[1];
        Assert.Null(list.Description);
        Assert.Null(list.DefaultValue);
        var outer = Assert.IsType<ListTypeNode>(list.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.IsType<NonNullTypeNode>(inner.Type);

        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
        Assert.Equal(new Location(0, 80, 1, 1), operation.Location);
        Assert.Equal(new Location(20, 46, 1, 21), id.Location);
    }

    [Fact]
    public void Fields_carry_alias_arguments_directives_and_selections()
    {
        var field = Assert.IsType<FieldNode>(
            FirstSelection("{ pic: profilePic(size: 64) @include(if: $big) { url } }")
        );
        Assert.Equal("pic", field.Alias?.Value);
        Assert.Equal("profilePic", field.Name.Value);
        Assert.Equal("pic", field.ResponseName);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("size", argument.Name.Value);
        Assert.Equal("64", Assert.IsType<IntValueNode>(argument.Value).Value);
        var directive = Assert.Single(field.Directives);
        Assert.Equal("include", directive.Name.Value);
        Assert.Equal("big", Assert.IsType<VariableNode>(Assert.Single(directive.Arguments).Value).Name.Value);
        Assert.Equal(
            "url",
            Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value
        );
        Assert.Equal(new Location(2, 54, 1, 3), field.Location);
        Assert.Equal(new Location(2, 5, 1, 3), field.Alias!.Location);
        Assert.Equal(new Location(18, 26, 1, 19), argument.Location);
        Assert.Equal(new Location(28, 46, 1, 29), directive.Location);
    }

    [Fact]
    public void Fragment_spreads_and_inline_fragments_are_told_apart()
    {
        var selections = Single<OperationDefinitionNode>(
            "{ ...Frag @d ... on User { id } ... @include(if: true) { name } ... { x } }"
        ).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Frag", spread.Name.Value);
        Assert.Single(spread.Directives);

        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("User", typed.TypeCondition?.Name.Value);

        var directed = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(directed.TypeCondition);
        Assert.Single(directed.Directives);

        var bare = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);

        Assert.Equal(4, selections.Count);
    }

    [Fact]
    public void Fragment_definitions_carry_description_type_condition_and_directives()
    {
        var fragment = Single<FragmentDefinitionNode>(
            "\"\"\"Friends\"\"\" fragment friendFields on User @d { id }"
        );
        Assert.Equal("Friends", fragment.Description?.Value);
        Assert.True(fragment.Description?.Block);
        Assert.Equal("friendFields", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Equal(new Location(0, 53, 1, 1), fragment.Location);
    }

    // ---- Values (spec 2.9) ----

    [Theory]
    [InlineData("123", typeof(IntValueNode))]
    [InlineData("-1.5e3", typeof(FloatValueNode))]
    [InlineData("\"s\"", typeof(StringValueNode))]
    [InlineData("\"\"\"s\"\"\"", typeof(StringValueNode))]
    [InlineData("true", typeof(BooleanValueNode))]
    [InlineData("false", typeof(BooleanValueNode))]
    [InlineData("null", typeof(NullValueNode))]
    [InlineData("RED", typeof(EnumValueNode))]
    [InlineData("$v", typeof(VariableNode))]
    [InlineData("[]", typeof(ListValueNode))]
    [InlineData("{}", typeof(ObjectValueNode))]
    public void Each_value_literal_has_its_node(string source, Type nodeType)
    {
        Assert.IsType(nodeType, Parser.ParseValue(source));
    }

    [Fact]
    public void Values_keep_their_literal_form()
    {
        var list = Assert.IsType<ListValueNode>(
            Parser.ParseValue("[1, -2.50, \"x\", true, false, null, ON, $v, [], { a: 1, b: [2] }]")
        );
        Assert.Equal("1", Assert.IsType<IntValueNode>(list.Values[0]).Value);
        Assert.Equal("-2.50", Assert.IsType<FloatValueNode>(list.Values[1]).Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(list.Values[2]).Value);
        Assert.True(Assert.IsType<BooleanValueNode>(list.Values[3]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(list.Values[4]).Value);
        Assert.IsType<NullValueNode>(list.Values[5]);
        Assert.Equal("ON", Assert.IsType<EnumValueNode>(list.Values[6]).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(list.Values[7]).Name.Value);
        Assert.Empty(Assert.IsType<ListValueNode>(list.Values[8]).Values);
        var obj = Assert.IsType<ObjectValueNode>(list.Values[9]);
        Assert.Equal(["a", "b"], obj.Fields.Select(f => f.Name.Value));
        Assert.Equal(new Location(47, 63, 1, 48), obj.Location);
        Assert.Equal(new Location(49, 53, 1, 50), obj.Fields[0].Location);
    }

    [Fact]
    public void Big_numbers_are_kept_as_text()
    {
        Assert.Equal(
            "123456789012345678901234567890",
            Assert.IsType<IntValueNode>(Parser.ParseValue("123456789012345678901234567890")).Value
        );
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("Int!", "Int!")]
    [InlineData("[Int]", "[Int]")]
    [InlineData("[Int!]!", "[Int!]!")]
    [InlineData("[[Int]!]", "[[Int]!]")]
    public void Type_references_nest(string source, string printed)
    {
        var type = Parser.ParseType(source);
        Assert.Equal(printed, Printer.Print(type));
        Assert.Equal(new Location(0, source.Length, 1, 1), type.Location);
    }

    // ---- Type system (spec 3) ----

    [Fact]
    public void Schema_definitions_list_root_operation_types()
    {
        var schema = Single<SchemaDefinitionNode>(
            "\"The schema\" schema @d { query: Q mutation: M subscription: S }"
        );
        Assert.Equal("The schema", schema.Description?.Value);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value))
        );
    }

    [Fact]
    public void Object_types_carry_interfaces_directives_and_fields()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"A person\" type Person implements & Node & Named @key(f: \"id\") {\n"
                + "  \"The id\" id: ID!\n"
                + "  friends(\"how many\" first: Int = 10 @d, after: String): [Person!] @deprecated\n"
                + "}"
        );
        Assert.Equal("A person", type.Description?.Value);
        Assert.Equal("Person", type.Name.Value);
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Directives);
        Assert.Equal(2, type.Fields.Count);
        Assert.Equal("The id", type.Fields[0].Description?.Value);
        var friends = type.Fields[1];
        Assert.Equal(["first", "after"], friends.Arguments.Select(a => a.Name.Value));
        Assert.Equal("how many", friends.Arguments[0].Description?.Value);
        Assert.Equal("10", Assert.IsType<IntValueNode>(friends.Arguments[0].DefaultValue).Value);
        Assert.Single(friends.Arguments[0].Directives);
        Assert.Single(friends.Directives);
        Assert.Equal(new Location(86, 162, 3, 3), friends.Location);
        Assert.False(type.IsExtension);
    }

    [Fact]
    public void Types_without_fields_are_allowed()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Empty");
        Assert.Empty(type.Fields);
        Assert.Empty(type.Interfaces);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>(
            "interface Image implements Resource & Node { id: ID! }"
        );
        Assert.Equal(["Resource", "Node"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Fields);
    }

    [Theory]
    [InlineData("union U = A | B")]
    [InlineData("union U = | A | B")]
    [InlineData("union U =\n  | A\n  | B")]
    public void Union_members_may_start_with_a_pipe(string source)
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>(source).Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Enum_values_carry_descriptions_and_directives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum Color { \"red\" RED @d GREEN, BLUE }");
        Assert.Equal(["RED", "GREEN", "BLUE"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("red", type.Values[0].Description?.Value);
        Assert.Single(type.Values[0].Directives);
    }

    [Fact]
    public void Input_objects_carry_fields_with_defaults()
    {
        var type = Single<InputObjectTypeDefinitionNode>(
            "input Filter { name: String = \"x\" tags: [String!] = [] }"
        );
        Assert.Equal(["name", "tags"], type.Fields.Select(f => f.Name.Value));
        Assert.IsType<ListValueNode>(type.Fields[1].DefaultValue);
    }

    [Fact]
    public void Scalars_carry_directives()
    {
        var scalar = Single<ScalarTypeDefinitionNode>(
            "scalar Url @specifiedBy(url: \"https://example.com\")"
        );
        Assert.Equal("Url", scalar.Name.Value);
        Assert.Single(scalar.Directives);
    }

    [Fact]
    public void Directive_definitions_carry_arguments_repeatability_and_locations()
    {
        var directive = Single<DirectiveDefinitionNode>(
            "\"Tags\" directive @tag(name: String!) repeatable on | FIELD_DEFINITION | OBJECT"
        );
        Assert.Equal("Tags", directive.Description?.Value);
        Assert.Equal("tag", directive.Name.Value);
        Assert.Single(directive.Arguments);
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @d on FIELD").Repeatable);
    }

    public static TheoryData<string> EveryDirectiveLocation =>
        new()
        {
            "QUERY",
            "MUTATION",
            "SUBSCRIPTION",
            "FIELD",
            "FRAGMENT_DEFINITION",
            "FRAGMENT_SPREAD",
            "INLINE_FRAGMENT",
            "VARIABLE_DEFINITION",
            "SCHEMA",
            "SCALAR",
            "OBJECT",
            "FIELD_DEFINITION",
            "ARGUMENT_DEFINITION",
            "INTERFACE",
            "UNION",
            "ENUM",
            "ENUM_VALUE",
            "INPUT_OBJECT",
            "INPUT_FIELD_DEFINITION",
        };

    [Theory]
    [MemberData(nameof(EveryDirectiveLocation))]
    public void Every_directive_location_of_the_grammar_is_accepted(string location)
    {
        var directive = Single<DirectiveDefinitionNode>($"directive @d on {location}");
        Assert.Equal(location, Assert.Single(directive.Locations).Value);
    }

    // ---- Extensions (spec 3.3.2 ff.) ----

    [Theory]
    [InlineData("extend schema @d", typeof(SchemaExtensionNode))]
    [InlineData("extend schema { query: Q }", typeof(SchemaExtensionNode))]
    [InlineData("extend scalar S @d", typeof(ScalarTypeExtensionNode))]
    [InlineData("extend type T implements I", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend type T @d", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend type T { f: Int }", typeof(ObjectTypeExtensionNode))]
    [InlineData("extend interface I implements J", typeof(InterfaceTypeExtensionNode))]
    [InlineData("extend interface I @d", typeof(InterfaceTypeExtensionNode))]
    [InlineData("extend interface I { f: Int }", typeof(InterfaceTypeExtensionNode))]
    [InlineData("extend union U = A", typeof(UnionTypeExtensionNode))]
    [InlineData("extend union U @d", typeof(UnionTypeExtensionNode))]
    [InlineData("extend enum E { V }", typeof(EnumTypeExtensionNode))]
    [InlineData("extend enum E @d", typeof(EnumTypeExtensionNode))]
    [InlineData("extend input I { f: Int }", typeof(InputObjectTypeExtensionNode))]
    [InlineData("extend input I @d", typeof(InputObjectTypeExtensionNode))]
    public void Every_extension_form_parses(string source, Type nodeType)
    {
        var definition = Assert.Single(Parser.Parse(source).Definitions);
        Assert.IsType(nodeType, definition);
        Assert.Equal(new Location(0, source.Length, 1, 1), definition.Location);
        if (definition is TypeDefinitionOrExtensionNode named)
        {
            Assert.True(named.IsExtension);
        }
    }

    // ---- Documents ----

    [Fact]
    public void Documents_mix_executable_and_type_system_definitions()
    {
        var document = Parser.Parse(
            "query Q { a } fragment F on T { b } type T { b: Int } extend type T { c: Int } directive @d on FIELD"
        );
        Assert.Equal(
            [
                typeof(OperationDefinitionNode),
                typeof(FragmentDefinitionNode),
                typeof(ObjectTypeDefinitionNode),
                typeof(ObjectTypeExtensionNode),
                typeof(DirectiveDefinitionNode),
            ],
            document.Definitions.Select(d => d.GetType())
        );
    }

    [Fact]
    public void Keywords_are_ordinary_names_elsewhere()
    {
        var operation = Single<OperationDefinitionNode>(
            "query query($query: query = query) { query: type(on: fragment, extend: null) { on } ... on on { schema } }"
        );
        Assert.Equal("query", operation.Name?.Value);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("query", field.Alias?.Value);
        Assert.Equal("type", field.Name.Value);
        Assert.Equal("fragment", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal(
            "on",
            Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]).TypeCondition?.Name.Value
        );
    }

    [Fact]
    public void Parsing_bytes_and_strings_gives_the_same_tree()
    {
        const string source = "query Q($v: String = \"\u00e9\U0001F600\") { f(a: \"\"\"\n  x\n\"\"\") }";
        var fromString = Parser.Parse(source);
        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));
        Assert.Equal(Printer.Print(fromString), Printer.Print(fromBytes));
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }

    [Fact]
    public void Locations_are_byte_offsets_with_utf16_columns()
    {
        // graphql-js reports b at offset 13, column 14: the same column, but our offsets count the two-byte "é"s.
        var operation = Single<OperationDefinitionNode>("{ a(x: \"\u00e9\u00e9\") b }");
        var b = operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(15, 16, 1, 14), b.Location);
    }
}
