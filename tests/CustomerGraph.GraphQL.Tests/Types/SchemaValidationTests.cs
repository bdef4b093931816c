namespace CustomerGraph.GraphQL.Tests.Types;

/// <summary>
/// Schema validation as graphql-js 17.1 does it: the SDL rules buildASTSchema runs, then validateSchema
/// (spec 3 type validation). Expected messages and locations were produced by graphql-js on the same SDL.
/// </summary>
public sealed class SchemaValidationTests
{
    public static TheoryData<string, string, string, string[]> InvalidSchemas =>
        new()
        {
            {
                "Two_schema_definitions",
                "LoneSchemaDefinitionRule",
                """
                    schema { query: Query }
                    schema { query: Query }
                    type Query { a: Int }
                    """,
                [
                    @"Must provide only one schema definition. (2:1)",
                    @"There can be only one query type in schema. (1:10, 2:10)",
                ]
            },
            {
                "Operation_type_twice_in_schema_definition",
                "UniqueOperationTypesRule",
                """
                    schema {
                      query: Query
                      query: Query
                    }
                    type Query { a: Int }
                    """,
                [@"There can be only one query type in schema. (2:3, 3:3)"]
            },
            {
                "Operation_type_redefined_by_schema_extension",
                "UniqueOperationTypesRule",
                """
                    schema { query: Query }
                    extend schema { query: Query }
                    type Query { a: Int }
                    """,
                [@"There can be only one query type in schema. (1:10, 2:17)"]
            },
            {
                "Type_defined_twice",
                "UniqueTypeNamesRule",
                """
                    type Query { a: Int }
                    type Query { b: Int }
                    """,
                [@"There can be only one type named ""Query"". (1:6, 2:6)"]
            },
            {
                "Type_names_shared_across_kinds",
                "UniqueTypeNamesRule",
                """
                    type Query { a: Int }
                    scalar Foo
                    enum Foo { A }
                    """,
                [@"There can be only one type named ""Foo"". (2:8, 3:6)"]
            },
            {
                "Enum_value_defined_twice",
                "UniqueEnumValueNamesRule",
                """
                    type Query { a: Int }
                    enum E { A B A }
                    """,
                [@"Enum value ""E.A"" can only be defined once. (2:10, 2:14)"]
            },
            {
                "Enum_value_redefined_by_extension",
                "UniqueEnumValueNamesRule",
                """
                    type Query { a: Int }
                    enum E { A }
                    extend enum E { A }
                    """,
                [@"Enum value ""E.A"" can only be defined once. (2:10, 3:17)"]
            },
            {
                "Field_defined_twice",
                "UniqueFieldDefinitionNamesRule",
                """
                    type Query {
                      a: Int
                      a: String
                    }
                    """,
                [@"Field ""Query.a"" can only be defined once. (2:3, 3:3)"]
            },
            {
                "Field_redefined_by_extension",
                "UniqueFieldDefinitionNamesRule",
                """
                    type Query { a: Int }
                    extend type Query { a: Int }
                    """,
                [@"Field ""Query.a"" can only be defined once. (1:14, 2:21)"]
            },
            {
                "Input_field_defined_twice",
                "UniqueFieldDefinitionNamesRule",
                """
                    type Query { a: Int }
                    input I { a: Int a: Int }
                    """,
                [@"Field ""I.a"" can only be defined once. (2:11, 2:18)"]
            },
            {
                "Field_argument_defined_twice",
                "UniqueArgumentDefinitionNamesRule",
                """
                    type Query { f(a: Int, a: Int): Int }
                    """,
                [@"Argument ""Query.f(a:)"" can only be defined once. (1:16, 1:24)"]
            },
            {
                "Directive_argument_defined_twice",
                "UniqueArgumentDefinitionNamesRule",
                """
                    type Query { a: Int }
                    directive @d(a: Int, a: Int) on FIELD
                    """,
                [@"Argument ""@d(a:)"" can only be defined once. (2:14, 2:22)"]
            },
            {
                "Directive_defined_twice",
                "UniqueDirectiveNamesRule",
                """
                    type Query { a: Int }
                    directive @d on FIELD
                    directive @d on QUERY
                    """,
                [@"There can be only one directive named ""@d"". (2:12, 3:12)"]
            },
            {
                "Unknown_field_type",
                "KnownTypeNamesRule",
                """
                    type Query { a: Foo }
                    """,
                [@"Unknown type ""Foo"". (1:17)"]
            },
            {
                "Unknown_type_suggests_close_names",
                "KnownTypeNamesRule",
                """
                    type Query { a: Strin, b: [Querry!] }
                    """,
                [
                    @"Unknown type ""Strin"". Did you mean ""String""? (1:17)",
                    @"Unknown type ""Querry"". Did you mean ""Query""? (1:28)",
                ]
            },
            {
                "Unknown_root_operation_type",
                "KnownTypeNamesRule",
                """
                    schema { query: Root }
                    type Query { a: Int }
                    """,
                [@"Unknown type ""Root"". (1:17)"]
            },
            {
                "Unknown_interface_and_union_member",
                "KnownTypeNamesRule",
                """
                    type Query { a: Int }
                    type A implements Node { a: Int }
                    union U = A | B
                    """,
                [@"Unknown type ""Node"". (2:19)", @"Unknown type ""B"". Did you mean ""A"" or ""U""? (3:15)"]
            },
            {
                "Unknown_directive",
                "KnownDirectivesRule",
                """
                    type Query { a: Int @foo }
                    """,
                [@"Unknown directive ""@foo"". (1:21)"]
            },
            {
                "Directive_at_wrong_location",
                "KnownDirectivesRule",
                """
                    type Query @deprecated { a: Int @specifiedBy(url: "x") }
                    """,
                [
                    @"Directive ""@deprecated"" may not be used on OBJECT. (1:12)",
                    @"Directive ""@specifiedBy"" may not be used on FIELD_DEFINITION. (1:33)",
                ]
            },
            {
                "Custom_directive_at_wrong_location",
                "KnownDirectivesRule",
                """
                    directive @d on FIELD_DEFINITION
                    type Query { a(x: Int @d): Int }
                    input I @d { a: Int @d }
                    """,
                [
                    @"Directive ""@d"" may not be used on ARGUMENT_DEFINITION. (2:23)",
                    @"Directive ""@d"" may not be used on INPUT_OBJECT. (3:9)",
                    @"Directive ""@d"" may not be used on INPUT_FIELD_DEFINITION. (3:21)",
                ]
            },
            {
                "Directive_repeated_on_field",
                "UniqueDirectivesPerLocationRule",
                """
                    type Query { a: Int @deprecated @deprecated }
                    """,
                [@"The directive ""@deprecated"" can only be used once at this location. (1:21, 1:33)"]
            },
            {
                "Directive_repeated_across_definition_and_extension",
                "UniqueDirectivesPerLocationRule",
                """
                    directive @d on OBJECT
                    type Query @d { a: Int }
                    extend type Query @d
                    """,
                [@"The directive ""@d"" can only be used once at this location. (2:12, 3:19)"]
            },
            {
                "Directive_repeated_across_schema_definition_and_extension",
                "UniqueDirectivesPerLocationRule",
                """
                    directive @d on SCHEMA
                    schema @d { query: Query }
                    extend schema @d
                    type Query { a: Int }
                    """,
                [@"The directive ""@d"" can only be used once at this location. (2:8, 3:15)"]
            },
            {
                "Extending_an_undefined_type",
                "PossibleTypeExtensionsRule",
                """
                    type Query { a: Int }
                    extend type Querry { b: Int }
                    """,
                [@"Cannot extend type ""Querry"" because it is not defined. Did you mean ""Query""? (2:13)"]
            },
            {
                "Extending_with_another_kind",
                "PossibleTypeExtensionsRule",
                """
                    type Query { a: Int }
                    scalar S
                    extend enum S { A }
                    extend input Query { b: Int }
                    """,
                [
                    @"Cannot extend non-enum type ""S"". (2:1, 3:1)",
                    @"Cannot extend non-input object type ""Query"". (1:1, 4:1)",
                ]
            },
            {
                "Extending_a_built_in_scalar",
                "PossibleTypeExtensionsRule",
                """
                    type Query { a: Int }
                    extend scalar String @specifiedBy(url: "x")
                    """,
                [@"Cannot extend type ""String"" because it is not defined. (2:15)"]
            },
            {
                "Unknown_directive_argument",
                "KnownArgumentNamesOnDirectivesRule",
                """
                    type Query { a: Int @deprecated(reson: "x") }
                    """,
                [@"Unknown argument ""reson"" on directive ""@deprecated"". Did you mean ""reason""? (1:33)"]
            },
            {
                "Directive_argument_given_twice",
                "UniqueArgumentNamesRule",
                """
                    type Query { a: Int @deprecated(reason: "a", reason: "b") }
                    """,
                [@"There can be only one argument named ""reason"". (1:33, 1:46)"]
            },
            {
                "Input_field_given_twice_in_default",
                "UniqueInputFieldNamesRule",
                """
                    input I { x: Int }
                    type Query { a(i: I = { x: 1, x: 2 }): Int }
                    """,
                [@"There can be only one input field named ""x"". (2:25, 2:31)"]
            },
            {
                "Missing_required_directive_argument",
                "ProvidedRequiredArgumentsOnDirectivesRule",
                """
                    type Query { a: Int }
                    scalar S @specifiedBy
                    directive @d(n: Int!, m: [Int]! = [], o: Int) on ENUM
                    enum E @d { A }
                    """,
                [
                    @"Argument ""@specifiedBy(url:)"" of type ""String!"" is required, but it was not provided. (2:10)",
                    @"Argument ""@d(n:)"" of type ""Int!"" is required, but it was not provided. (4:8)",
                ]
            },
            {
                "Deprecation_reason_not_a_string",
                "DirectiveArgumentValuesRule",
                """
                    type Query { a: Int @deprecated(reason: 123) }
                    """,
                [
                    @"Argument ""@deprecated(reason:)"" has invalid value: String cannot represent a non string value: 123 (1:41)",
                ]
            },
            {
                "Deprecation_reason_null",
                "DirectiveArgumentValuesRule",
                """
                    type Query { a: Int @deprecated(reason: null) }
                    """,
                [
                    @"Argument ""@deprecated(reason:)"" has invalid value: Expected value of non-null type ""String!"" not to be null. (1:41)",
                ]
            },
            {
                "Specified_by_url_not_a_string",
                "DirectiveArgumentValuesRule",
                """
                    type Query { a: Int }
                    scalar S @specifiedBy(url: ["x"])
                    """,
                [
                    @"Argument ""@specifiedBy(url:)"" has invalid value: String cannot represent a non string value: [""x""] (2:28)",
                ]
            },
            {
                "Query_type_missing",
                "RootOperationTypesRule",
                """
                    type Foo { a: Int }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "Query_type_missing_from_schema_definition",
                "RootOperationTypesRule",
                """
                    schema { mutation: Foo }
                    type Foo { a: Int }
                    """,
                [@"Query root type must be provided. (1:1)"]
            },
            {
                "Query_root_is_a_scalar",
                "RootOperationTypesRule",
                """
                    schema { query: S }
                    scalar S
                    """,
                [@"Query root type must be Object type, it cannot be S. (1:17)"]
            },
            {
                "Default_named_query_is_an_input",
                "RootOperationTypesRule",
                """
                    input Query { a: Int }
                    """,
                [@"Query root type must be Object type, it cannot be Query. (1:1)"]
            },
            {
                "Mutation_and_subscription_roots_not_objects",
                "RootOperationTypesRule",
                """
                    type Query { a: Int }
                    scalar Mutation
                    union Subscription = Query
                    """,
                [
                    @"Mutation root type must be Object type if provided, it cannot be Mutation. (2:1)",
                    @"Subscription root type must be Object type if provided, it cannot be Subscription. (3:1)",
                ]
            },
            {
                "Same_type_for_two_roots",
                "RootOperationTypesRule",
                """
                    schema { query: Query mutation: Query subscription: Query }
                    type Query { a: Int }
                    """,
                [
                    @"All root types must be different, ""Query"" type is used as query, mutation, and subscription root types. (1:17, 1:33, 1:53)",
                ]
            },
            {
                "Names_starting_with_two_underscores",
                "ReservedNamesRule",
                """
                    type Query { __a(__b: Int): Int }
                    type __T { a: Int }
                    enum E { __A }
                    input I { __f: Int }
                    directive @__d(__x: Int) on FIELD
                    """,
                [
                    @"Name ""__d"" must not begin with ""__"", which is reserved by GraphQL introspection. (5:1)",
                    @"Name ""__x"" must not begin with ""__"", which is reserved by GraphQL introspection. (5:16)",
                    @"Name ""__a"" must not begin with ""__"", which is reserved by GraphQL introspection. (1:14)",
                    @"Name ""__b"" must not begin with ""__"", which is reserved by GraphQL introspection. (1:18)",
                    @"Name ""__T"" must not begin with ""__"", which is reserved by GraphQL introspection. (2:1)",
                    @"Name ""__A"" must not begin with ""__"", which is reserved by GraphQL introspection. (3:10)",
                    @"Name ""__f"" must not begin with ""__"", which is reserved by GraphQL introspection. (4:11)",
                ]
            },
            {
                "Types_without_fields_members_or_values",
                "NonEmptyTypesRule",
                """
                    type Query { a: Int }
                    type O
                    interface I
                    union U
                    enum E
                    input In
                    """,
                [
                    @"Type O must define one or more fields. (2:1)",
                    @"Type I must define one or more fields. (3:1)",
                    @"Union type U must define one or more member types. (4:1)",
                    @"Enum type E must define one or more values. (5:1)",
                    @"Input Object type In must define one or more fields. (6:1)",
                ]
            },
            {
                "Empty_type_reported_at_definition_and_extensions",
                "NonEmptyTypesRule",
                """
                    type Query { a: Int }
                    directive @d on OBJECT
                    type O
                    extend type O @d
                    """,
                [@"Type O must define one or more fields. (3:1, 4:1)"]
            },
            {
                "Field_of_input_type",
                "InputOutputTypesRule",
                """
                    input I { a: Int }
                    type Query { a: I, b: [I!] }
                    """,
                [
                    @"The type of Query.a must be Output Type but got: I. (2:17)",
                    @"The type of Query.b must be Output Type but got: [I!]. (2:23)",
                ]
            },
            {
                "Argument_and_input_field_of_output_type",
                "InputOutputTypesRule",
                """
                    type Query { a(x: Query): Int }
                    input I { q: [Query] }
                    directive @d(u: U) on FIELD
                    union U = Query
                    """,
                [
                    @"The type of @d(u:) must be Input Type but got: U. (3:14)",
                    @"The type of Query.a(x:) must be Input Type but got: Query. (1:19)",
                    @"The type of I.q must be Input Type but got: [Query]. (2:14)",
                ]
            },
            {
                "Implementing_a_non_interface",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    type O implements Query & S { a: Int }
                    scalar S
                    """,
                [
                    @"Type O must only implement Interface types, it cannot implement Query. (2:19)",
                    @"Type O must only implement Interface types, it cannot implement S. (2:27)",
                ]
            },
            {
                "Interface_implementing_itself",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I implements I { a: Int }
                    """,
                [@"Type I cannot implement itself because it would create a circular reference. (2:24)"]
            },
            {
                "Implementing_an_interface_twice",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a: Int }
                    type O implements I & I { a: Int }
                    extend type O implements I
                    """,
                [
                    @"Type O can only implement I once. (3:19, 3:23, 4:26)",
                    @"Type O can only implement I once. (3:19, 3:23, 4:26)",
                ]
            },
            {
                "Missing_interface_field",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a: Int b: String }
                    type O implements I { a: Int }
                    """,
                [@"Interface field I.b expected but O does not provide it. (2:22, 3:1)"]
            },
            {
                "Field_type_not_a_subtype",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a: Int b: [I] c: I! }
                    type O implements I { a: String b: [O]! c: I }
                    """,
                [
                    @"Interface field I.a expects type Int but O.a is type String. (2:18, 3:26)",
                    @"Interface field I.c expects type I! but O.c is type I. (2:32, 3:44)",
                ]
            },
            {
                "Missing_interface_argument_and_argument_type_mismatch",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a(x: Int, y: String!): Int }
                    type O implements I { a(y: String): Int }
                    """,
                [
                    @"Interface field argument I.a(x:) expected but O.a does not provide it. (2:17, 3:23)",
                    @"Interface field argument I.a(y:) expects type String! but O.a(y:) is type String. (2:28, 3:28)",
                ]
            },
            {
                "Additional_required_argument",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a: Int }
                    type O implements I { a(x: Int!, y: Int! = 1, z: Int): Int }
                    """,
                [
                    @"Argument ""O.a(x:)"" must not be required type ""Int!"" if not provided by the Interface field ""I.a"". (3:25, 2:15)",
                ]
            },
            {
                "Implementation_deprecated_but_interface_field_not",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface I { a: Int b: Int @deprecated }
                    type O implements I { a: Int @deprecated b: Int @deprecated(reason: "x") }
                    """,
                [
                    @"Interface field I.a is not deprecated, so implementation field O.a must not be deprecated. (3:30, 3:26)",
                ]
            },
            {
                "Transitive_interface_not_declared",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface A { a: Int }
                    interface B implements A { a: Int }
                    type O implements B { a: Int }
                    """,
                [@"Type O must implement A because it is implemented by B. (3:24, 4:19)"]
            },
            {
                "Interfaces_implementing_each_other",
                "InterfaceImplementationsRule",
                """
                    type Query { a: Int }
                    interface A implements B { a: Int }
                    interface B implements A { a: Int }
                    """,
                [
                    @"Type A cannot implement B because it would create a circular reference. (3:24, 2:24)",
                    @"Type B cannot implement A because it would create a circular reference. (2:24, 3:24)",
                ]
            },
            {
                "Union_of_non_object_types",
                "UnionMembersRule",
                """
                    type Query { a: Int }
                    interface I { a: Int }
                    union U = Query | I | String
                    """,
                [
                    @"Union type U can only include Object types, it cannot include I. (3:19)",
                    @"Union type U can only include Object types, it cannot include String. (3:23)",
                ]
            },
            {
                "Union_member_repeated",
                "UnionMembersRule",
                """
                    type Query { a: Int }
                    union U = Query | Query
                    extend union U = Query
                    """,
                [
                    @"Union type U can only include type Query once. (2:11, 2:19, 3:18)",
                    @"Union type U can only include type Query once. (2:11, 2:19, 3:18)",
                ]
            },
            {
                "Input_object_requiring_itself",
                "InputObjectCircularReferencesRule",
                """
                    type Query { a: Int }
                    input A { a: A! }
                    """,
                [
                    @"Input Object A cannot be provided a finite value because it references itself through fields: A.a. (2:11)",
                ]
            },
            {
                "Input_objects_requiring_each_other",
                "InputObjectCircularReferencesRule",
                """
                    type Query { a: Int }
                    input A { b: B! x: Int }
                    input B { c: C! }
                    input C { a: A! }
                    """,
                [
                    @"Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.c, C.a. (2:11, 3:11, 4:11)",
                ]
            },
            {
                "OneOf_input_object_only_referencing_itself",
                "InputObjectCircularReferencesRule",
                """
                    type Query { a: Int }
                    input A @oneOf { a: A b: B }
                    input B @oneOf { a: A }
                    """,
                [
                    @"Input Object A cannot be provided a finite value because it references itself through fields: A.a. (2:18)",
                    @"Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a. (2:23, 3:18)",
                ]
            },
            {
                "OneOf_fields_nullable_without_defaults",
                "OneOfInputObjectsRule",
                """
                    type Query { a: Int }
                    input I @oneOf { a: Int! b: String = "x" c: Int }
                    """,
                [
                    @"OneOf input field I.a must be nullable. (2:21)",
                    @"OneOf input field I.b cannot have a default value. (2:26)",
                ]
            },
            {
                "Required_arguments_and_input_fields_deprecated",
                "DeprecatedRequiredInputsRule",
                """
                    type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated): Int }
                    input I { f: String! @deprecated(reason: "no") }
                    directive @d(x: Int! @deprecated) on FIELD
                    """,
                [
                    @"Required argument @d(x:) cannot be deprecated. (3:22, 3:17)",
                    @"Required argument Query.a(x:) cannot be deprecated. (1:24, 1:19)",
                    @"Required input field I.f cannot be deprecated. (2:22, 2:14)",
                ]
            },
            {
                "Default_of_wrong_scalar_type",
                "DefaultValuesRule",
                """
                    type Query { a(x: Int = "s", y: Float = true, z: String = 1, w: Boolean = 0, v: ID = 1.5): Int }
                    """,
                [
                    @"Query.a(x:) has invalid default value: Int cannot represent non-integer value: ""s"" (1:25)",
                    @"Query.a(y:) has invalid default value: Float cannot represent non numeric value: true (1:41)",
                    @"Query.a(z:) has invalid default value: String cannot represent a non string value: 1 (1:59)",
                    @"Query.a(w:) has invalid default value: Boolean cannot represent a non boolean value: 0 (1:75)",
                    @"Query.a(v:) has invalid default value: ID cannot represent a non-string and non-integer value: 1.5 (1:86)",
                ]
            },
            {
                "Default_out_of_Int_range",
                "DefaultValuesRule",
                """
                    type Query { a(x: Int = 2147483648, y: Int = -2147483649, z: [Int] = [1, 1.5]): Int }
                    """,
                [
                    @"Query.a(x:) has invalid default value: Int cannot represent non 32-bit signed integer value: 2147483648 (1:25)",
                    @"Query.a(y:) has invalid default value: Int cannot represent non 32-bit signed integer value: -2147483649 (1:46)",
                    @"Query.a(z:) has invalid default value at [1]: Int cannot represent non-integer value: 1.5 (1:74)",
                ]
            },
            {
                "Default_null_for_non_null",
                "DefaultValuesRule",
                """
                    type Query { a(x: Int! = null, y: [Int!] = [1, null]): Int }
                    """,
                [
                    @"Query.a(x:) has invalid default value: Expected value of non-null type ""Int!"" not to be null. (1:26)",
                    @"Query.a(y:) has invalid default value at [1]: Expected value of non-null type ""Int!"" not to be null. (1:48)",
                ]
            },
            {
                "Default_enum_values",
                "DefaultValuesRule",
                """
                    enum Color { RED GREEN BLUE }
                    type Query { a(x: Color = RDE, y: Color = "RED", z: Color = BLUE): Int }
                    """,
                [
                    @"Query.a(x:) has invalid default value: Value ""RDE"" does not exist in ""Color"" enum. Did you mean the enum value ""RED""? (2:27)",
                    @"Query.a(y:) has invalid default value: Enum ""Color"" cannot represent non-enum value: ""RED"". Did you mean the enum value ""RED"" or ""GREEN""? (2:43)",
                ]
            },
            {
                "Default_input_objects",
                "DefaultValuesRule",
                """
                    input Point { x: Int! y: Int! label: String }
                    input Box { from: Point!, to: Point }
                    type Query { a(p: Point = { x: 1 }, q: Point = { x: 1, y: 2, z: 3 }, b: Box = { from: { x: 1, y: "2" } }, c: Point = 5): Int }
                    """,
                [
                    @"Query.a(p:) has invalid default value: Expected value of type ""Point"" to include required field ""y"", found: { x: 1 }. (3:27)",
                    @"Query.a(q:) has invalid default value: Expected value of type ""Point"" not to include unknown field ""z"". Did you mean ""x"" or ""y""? Found: { x: 1, y: 2, z: 3 }. (3:62)",
                    @"Query.a(b:) has invalid default value at .from.y: Int cannot represent non-integer value: ""2"" (3:98)",
                    @"Query.a(c:) has invalid default value: Expected value of type ""Point"" to be an object, found: 5. (3:118)",
                ]
            },
            {
                "Default_for_oneOf_input_object",
                "DefaultValuesRule",
                """
                    input O @oneOf { a: Int b: String }
                    type Query { f(x: O = { a: 1, b: "x" }, y: O = { a: null }, z: O = {}): Int }
                    """,
                [
                    @"Query.f(x:) has invalid default value: Within OneOf Input Object type ""O"", exactly one field must be specified, and the value for that field must be non-null. (2:23)",
                    @"Query.f(y:) has invalid default value at .a: Within OneOf Input Object type ""O"", exactly one field must be specified, and the value for that field must be non-null. (2:48)",
                    @"Query.f(z:) has invalid default value: Within OneOf Input Object type ""O"", exactly one field must be specified, and the value for that field must be non-null. (2:68)",
                ]
            },
            {
                "Default_of_input_field_and_directive_argument",
                "DefaultValuesRule",
                """
                    type Query { a: Int }
                    input I { a: Int = "x" }
                    directive @d(x: [String!]! = [null]) on FIELD
                    """,
                [
                    @"@d(x:) has invalid default value at [0]: Expected value of non-null type ""String!"" not to be null. (3:31)",
                    @"I.a has invalid default value: Int cannot represent non-integer value: ""x"" (2:20)",
                ]
            },
            {
                "Defaults_referencing_themselves",
                "DefaultValueCircularReferencesRule",
                """
                    type Query { a: Int }
                    input A { b: B = {} }
                    input B { a: A = {} }
                    """,
                [
                    @"Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a. (2:18, 3:18)",
                ]
            },
            {
                "Default_referencing_itself_directly",
                "DefaultValueCircularReferencesRule",
                """
                    type Query { a: Int }
                    input A { x: Int = 1 self: A = { x: 2 } }
                    input C { c: C = {} }
                    """,
                [
                    @"Invalid circular reference. The default value of Input Object field A.self references itself. (2:32)",
                    @"Invalid circular reference. The default value of Input Object field C.c references itself. (3:18)",
                ]
            },
        };

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Invalid_schemas_are_rejected_with_every_graphql_js_error(
        string name,
        string rule,
        string sdl,
        string[] expected
    )
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(sdl));

        Assert.Equal(expected, exception.Errors.Select(e => e.ToString()));
        Assert.True(exception.Errors.Any(e => e.Rule == rule), $"{name}: no error of {rule}");
    }

    public static TheoryData<string, string> ValidSchemas =>
        new()
        {
            {
                "Covariant_interface_fields",
                """
                    type Query { a: Int }
                    interface I { a: I b: [I] c: Int }
                    type O implements I { a: O! b: [O!]! c: Int! }
                    """
            },
            {
                "Optional_extra_arguments",
                """
                    type Query { a: Int }
                    interface I { a(x: Int): Int }
                    type O implements I { a(x: Int, y: Int, z: Int! = 1): Int }
                    """
            },
            {
                "Transitive_interfaces_declared",
                """
                    type Query { a: Int }
                    interface A { a: Int }
                    interface B implements A { a: Int }
                    type O implements B & A { a: Int }
                    """
            },
            {
                "Self_reference_through_nullable_or_list",
                """
                    type Query { a: Int }
                    input A { a: A b: [A!]! c: B! }
                    input B { x: Int }
                    """
            },
            {
                "OneOf_with_a_scalar_way_out",
                """
                    type Query { a: Int }
                    input A @oneOf { a: A b: Int }
                    """
            },
            {
                "Default_values_of_every_kind",
                """
                    enum E { A B }
                    input In { a: Int = 1 b: [E!] = [A, B] c: In }
                    type Query { f(a: In = { a: 2, b: A, c: { a: 3 } }, b: [[Float]] = 1, c: ID = 12, d: String = null): Int }
                    """
            },
            {
                "Default_root_types_by_name",
                """
                    type Query { a: Int }
                    type Mutation { b: Int }
                    type Subscription { c: Int }
                    """
            },
            {
                "Repeatable_directive_used_twice",
                """
                    directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
                    type Query @tag(name: "a") @tag(name: "b") { a: Int @tag(name: "x") @tag(name: "y") }
                    """
            },
            {
                "Introspection_types_referenced",
                """
                    type Query { t: __Type, k: __TypeKind }
                    """
            },
            {
                "Built_in_names_redefined_in_sdl_are_the_built_ins",
                """
                    scalar String
                    type Query { a: String }
                    """
            },
        };

    [Theory]
    [MemberData(nameof(ValidSchemas))]
    public void Valid_schemas_build(string name, string sdl)
    {
        var schema = SchemaBuilder.FromSdl(sdl);

        Assert.True(schema.QueryType is not null, name);
    }
}
