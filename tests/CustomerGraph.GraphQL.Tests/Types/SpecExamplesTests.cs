namespace CustomerGraph.GraphQL.Tests.Types;

/// <summary>
/// The GraphQL code blocks of spec section 3 (September 2025), each on its own and with a Query type added,
/// built as graphql-js 17.1 builds and validates them (expected errors produced by graphql-js; none means valid).
/// </summary>
public sealed class SpecExamplesTests
{
    public static TheoryData<string, string, string[]> TypeSystemExamples =>
        new()
        {
            {
                "02_Root_Operation_Types",
                """
                    type Query {
                      myName: String
                    }
                    """,
                []
            },
            {
                "04_Root_Operation_Types",
                """
                    schema {
                      query: MyQueryRootType
                      mutation: MyMutationRootType
                    }

                    type MyQueryRootType {
                      someField: String
                    }

                    type MyMutationRootType {
                      setSomeField(to: String): String
                    }
                    """,
                []
            },
            {
                "05_Root_Operation_Types",
                """
                    type Query {
                      someField: String
                    }
                    """,
                []
            },
            {
                "06_Root_Operation_Types",
                """
                    schema {
                      query: Query
                    }

                    type Query {
                      latestVirus: Virus
                    }

                    type Virus {
                      name: String
                      mutations: [Mutation]
                    }

                    type Mutation {
                      name: String
                    }
                    """,
                []
            },
            {
                "07_Root_Operation_Types",
                """"
                    """
                    Example schema
                    """
                    schema {
                      query: Query
                      mutation: Mutation
                    }

                    type Query {
                      someField: String
                    }

                    type Mutation {
                      someMutation: String
                    }
                    """",
                []
            },
            {
                "08_Scalars",
                """
                    scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122")
                    scalar URL @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
                    scalar DateTime
                      @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
                    """,
                [@"Query root type must be provided."]
            },
            {
                "08_Scalars_with_Query",
                """
                    scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122")
                    scalar URL @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
                    scalar DateTime
                      @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "09_Objects",
                """
                    type Person {
                      name: String
                      age: Int
                      picture: Url
                    }
                    """,
                [@"Unknown type ""Url"". (4:12)"]
            },
            {
                "09_Objects_with_Query",
                """
                    type Person {
                      name: String
                      age: Int
                      picture: Url
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""Url"". (4:12)"]
            },
            {
                "12_Objects",
                """
                    type Person {
                      name: String
                      age: Int
                      picture: Url
                      relationship: Person
                    }
                    """,
                [@"Unknown type ""Url"". (4:12)"]
            },
            {
                "12_Objects_with_Query",
                """
                    type Person {
                      name: String
                      age: Int
                      picture: Url
                      relationship: Person
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""Url"". (4:12)"]
            },
            {
                "18_Field_Arguments",
                """
                    type Person {
                      name: String
                      picture(size: Int): Url
                    }
                    """,
                [@"Unknown type ""Url"". (3:23)"]
            },
            {
                "18_Field_Arguments_with_Query",
                """
                    type Person {
                      name: String
                      picture(size: Int): Url
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""Url"". (3:23)"]
            },
            {
                "20_Field_Deprecation",
                """
                    type ExampleType {
                      oldField: String @deprecated
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "20_Field_Deprecation_with_Query",
                """
                    type ExampleType {
                      oldField: String @deprecated
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "21_Object_Extensions",
                """
                    extend type Story {
                      isHiddenLocally: Boolean
                    }
                    """,
                [@"Cannot extend type ""Story"" because it is not defined. (1:13)"]
            },
            {
                "21_Object_Extensions_with_Query",
                """
                    extend type Story {
                      isHiddenLocally: Boolean
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Cannot extend type ""Story"" because it is not defined. Did you mean ""Query""? (1:13)"]
            },
            {
                "22_Object_Extensions",
                """
                    extend type User @addedDirective
                    """,
                [
                    @"Cannot extend type ""User"" because it is not defined. (1:13)",
                    @"Unknown directive ""@addedDirective"". (1:18)",
                ]
            },
            {
                "22_Object_Extensions_with_Query",
                """
                    extend type User @addedDirective

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Cannot extend type ""User"" because it is not defined. (1:13)",
                    @"Unknown directive ""@addedDirective"". (1:18)",
                ]
            },
            {
                "23_Interfaces",
                """
                    interface NamedEntity {
                      name: String
                    }

                    interface ValuedEntity {
                      value: Int
                    }

                    type Person implements NamedEntity {
                      name: String
                      age: Int
                    }

                    type Business implements NamedEntity & ValuedEntity {
                      name: String
                      value: Int
                      employeeCount: Int
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "23_Interfaces_with_Query",
                """
                    interface NamedEntity {
                      name: String
                    }

                    interface ValuedEntity {
                      value: Int
                    }

                    type Person implements NamedEntity {
                      name: String
                      age: Int
                    }

                    type Business implements NamedEntity & ValuedEntity {
                      name: String
                      value: Int
                      employeeCount: Int
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "24_Interfaces",
                """
                    type Contact {
                      entity: NamedEntity
                      phoneNumber: String
                      address: String
                    }
                    """,
                [@"Unknown type ""NamedEntity"". (2:11)"]
            },
            {
                "24_Interfaces_with_Query",
                """
                    type Contact {
                      entity: NamedEntity
                      phoneNumber: String
                      address: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""NamedEntity"". (2:11)"]
            },
            {
                "28_Interfaces",
                """
                    interface Node implements Named & Node {
                      id: ID!
                      name: String
                    }

                    interface Named implements Node & Named {
                      id: ID!
                      name: String
                    }
                    """,
                [
                    @"Query root type must be provided.",
                    @"Type Node cannot implement itself because it would create a circular reference. (1:35)",
                    @"Type Named cannot implement itself because it would create a circular reference. (6:35)",
                ]
            },
            {
                "28_Interfaces_with_Query",
                """
                    interface Node implements Named & Node {
                      id: ID!
                      name: String
                    }

                    interface Named implements Node & Named {
                      id: ID!
                      name: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Type Node cannot implement itself because it would create a circular reference. (1:35)",
                    @"Type Named cannot implement itself because it would create a circular reference. (6:35)",
                ]
            },
            {
                "29_Interface_Extensions",
                """
                    extend interface NamedEntity {
                      nickname: String
                    }

                    extend type Person {
                      nickname: String
                    }

                    extend type Business {
                      nickname: String
                    }
                    """,
                [
                    @"Cannot extend type ""NamedEntity"" because it is not defined. (1:18)",
                    @"Cannot extend type ""Person"" because it is not defined. (5:13)",
                    @"Cannot extend type ""Business"" because it is not defined. (9:13)",
                ]
            },
            {
                "29_Interface_Extensions_with_Query",
                """
                    extend interface NamedEntity {
                      nickname: String
                    }

                    extend type Person {
                      nickname: String
                    }

                    extend type Business {
                      nickname: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Cannot extend type ""NamedEntity"" because it is not defined. (1:18)",
                    @"Cannot extend type ""Person"" because it is not defined. (5:13)",
                    @"Cannot extend type ""Business"" because it is not defined. (9:13)",
                ]
            },
            {
                "30_Interface_Extensions",
                """
                    extend interface NamedEntity @addedDirective
                    """,
                [
                    @"Cannot extend type ""NamedEntity"" because it is not defined. (1:18)",
                    @"Unknown directive ""@addedDirective"". (1:30)",
                ]
            },
            {
                "30_Interface_Extensions_with_Query",
                """
                    extend interface NamedEntity @addedDirective

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Cannot extend type ""NamedEntity"" because it is not defined. (1:18)",
                    @"Unknown directive ""@addedDirective"". (1:30)",
                ]
            },
            {
                "31_Unions",
                """
                    union SearchResult = Photo | Person

                    type Person {
                      name: String
                      age: Int
                    }

                    type Photo {
                      height: Int
                      width: Int
                    }

                    type SearchQuery {
                      firstSearchResult: SearchResult
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "31_Unions_with_Query",
                """
                    union SearchResult = Photo | Person

                    type Person {
                      name: String
                      age: Int
                    }

                    type Photo {
                      height: Int
                      width: Int
                    }

                    type SearchQuery {
                      firstSearchResult: SearchResult
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "34_Enums",
                """
                    enum Direction {
                      NORTH
                      EAST
                      SOUTH
                      WEST
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "34_Enums_with_Query",
                """
                    enum Direction {
                      NORTH
                      EAST
                      SOUTH
                      WEST
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "35_Input_Objects",
                """
                    input Point2D {
                      x: Float
                      y: Float
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "35_Input_Objects_with_Query",
                """
                    input Point2D {
                      x: Float
                      y: Float
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "36_Input_Objects",
                """
                    input Example {
                      self: Example
                      value: String
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "36_Input_Objects_with_Query",
                """
                    input Example {
                      self: Example
                      value: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "37_Input_Objects",
                """
                    input Example {
                      self: [Example!]!
                      value: String
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "37_Input_Objects_with_Query",
                """
                    input Example {
                      self: [Example!]!
                      value: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "38_Input_Objects",
                """
                    input Example {
                      value: String
                      self: Example!
                    }
                    """,
                [
                    @"Query root type must be provided.",
                    @"Input Object Example cannot be provided a finite value because it references itself through fields: Example.self. (3:3)",
                ]
            },
            {
                "38_Input_Objects_with_Query",
                """
                    input Example {
                      value: String
                      self: Example!
                    }

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Input Object Example cannot be provided a finite value because it references itself through fields: Example.self. (3:3)",
                ]
            },
            {
                "39_Input_Objects",
                """
                    input First {
                      second: Second!
                      value: String
                    }

                    input Second {
                      first: First!
                      value: String
                    }
                    """,
                [
                    @"Query root type must be provided.",
                    @"Input Object First cannot be provided a finite value because it references itself through fields: First.second, Second.first. (2:3, 7:3)",
                ]
            },
            {
                "39_Input_Objects_with_Query",
                """
                    input First {
                      second: Second!
                      value: String
                    }

                    input Second {
                      first: First!
                      value: String
                    }

                    type Query { placeholder: Boolean }
                    """,
                [
                    @"Input Object First cannot be provided a finite value because it references itself through fields: First.second, Second.first. (2:3, 7:3)",
                ]
            },
            {
                "40_Input_Objects",
                """
                    input ExampleInputObject {
                      a: String
                      b: Int!
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "40_Input_Objects_with_Query",
                """
                    input ExampleInputObject {
                      a: String
                      b: Int!
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "41_OneOf_Input_Objects",
                """
                    input UserUniqueCondition @oneOf {
                      id: ID
                      username: String
                      organizationAndEmail: OrganizationAndEmailInput
                    }
                    """,
                [@"Unknown type ""OrganizationAndEmailInput"". (4:25)"]
            },
            {
                "41_OneOf_Input_Objects_with_Query",
                """
                    input UserUniqueCondition @oneOf {
                      id: ID
                      username: String
                      organizationAndEmail: OrganizationAndEmailInput
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""OrganizationAndEmailInput"". (4:25)"]
            },
            {
                "42_OneOf_Input_Objects",
                """
                    input ExampleOneOfInputObject @oneOf {
                      a: String
                      b: Int
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "42_OneOf_Input_Objects_with_Query",
                """
                    input ExampleOneOfInputObject @oneOf {
                      a: String
                      b: Int
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "47_Directives",
                """
                    directive @example on FIELD_DEFINITION | ARGUMENT_DEFINITION

                    type SomeType {
                      field(arg: Int @example): String @example
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "47_Directives_with_Query",
                """
                    directive @example on FIELD_DEFINITION | ARGUMENT_DEFINITION

                    type SomeType {
                      field(arg: Int @example): String @example
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "48_Directives",
                """
                    directive @delegateField(name: String!) repeatable on OBJECT | INTERFACE

                    type Book @delegateField(name: "pageCount") @delegateField(name: "author") {
                      id: ID!
                    }

                    extend type Book @delegateField(name: "index")
                    """,
                [@"Query root type must be provided."]
            },
            {
                "48_Directives_with_Query",
                """
                    directive @delegateField(name: String!) repeatable on OBJECT | INTERFACE

                    type Book @delegateField(name: "pageCount") @delegateField(name: "author") {
                      id: ID!
                    }

                    extend type Book @delegateField(name: "index")

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "49_Directives",
                """
                    directive @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION
                    """,
                [@"Query root type must be provided."]
            },
            {
                "49_Directives_with_Query",
                """
                    directive @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "50_skip",
                """
                    directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
                    """,
                [@"Query root type must be provided."]
            },
            {
                "50_skip_with_Query",
                """
                    directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "52_include",
                """
                    directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
                    """,
                [@"Query root type must be provided."]
            },
            {
                "52_include_with_Query",
                """
                    directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "54_deprecated",
                """
                    directive @deprecated(
                      reason: String! = "No longer supported"
                    ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
                    """,
                [@"Query root type must be provided."]
            },
            {
                "54_deprecated_with_Query",
                """
                    directive @deprecated(
                      reason: String! = "No longer supported"
                    ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "55_deprecated",
                """
                    type ExampleType {
                      newField: String
                      oldField: String @deprecated(reason: "Use `newField`.")

                      anotherField(
                        newArg: String
                        oldArg: String @deprecated(reason: "Use `newArg`.")
                      ): String
                    }
                    """,
                [@"Query root type must be provided."]
            },
            {
                "55_deprecated_with_Query",
                """
                    type ExampleType {
                      newField: String
                      oldField: String @deprecated(reason: "Use `newField`.")

                      anotherField(
                        newArg: String
                        oldArg: String @deprecated(reason: "Use `newArg`.")
                      ): String
                    }

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "56_deprecated",
                """
                    type ExampleType {
                      invalidField(
                        newArg: String
                        oldArg: String! @deprecated(reason: "Use `newArg`.")
                      ): String
                    }
                    """,
                [
                    @"Query root type must be provided.",
                    @"Required argument ExampleType.invalidField(oldArg:) cannot be deprecated. (4:21, 4:13)",
                ]
            },
            {
                "56_deprecated_with_Query",
                """
                    type ExampleType {
                      invalidField(
                        newArg: String
                        oldArg: String! @deprecated(reason: "Use `newArg`.")
                      ): String
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Required argument ExampleType.invalidField(oldArg:) cannot be deprecated. (4:21, 4:13)"]
            },
            {
                "57_specifiedBy",
                """
                    directive @specifiedBy(url: String!) on SCALAR
                    """,
                [@"Query root type must be provided."]
            },
            {
                "57_specifiedBy_with_Query",
                """
                    directive @specifiedBy(url: String!) on SCALAR

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "58_specifiedBy",
                """
                    scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122")
                    """,
                [@"Query root type must be provided."]
            },
            {
                "58_specifiedBy_with_Query",
                """
                    scalar UUID @specifiedBy(url: "https://tools.ietf.org/html/rfc4122")

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "59_oneOf",
                """
                    directive @oneOf on INPUT_OBJECT
                    """,
                [@"Query root type must be provided."]
            },
            {
                "59_oneOf_with_Query",
                """
                    directive @oneOf on INPUT_OBJECT

                    type Query { placeholder: Boolean }
                    """,
                []
            },
            {
                "60_oneOf",
                """
                    input UserUniqueCondition @oneOf {
                      id: ID
                      username: String
                      organizationAndEmail: OrganizationAndEmailInput
                    }
                    """,
                [@"Unknown type ""OrganizationAndEmailInput"". (4:25)"]
            },
            {
                "60_oneOf_with_Query",
                """
                    input UserUniqueCondition @oneOf {
                      id: ID
                      username: String
                      organizationAndEmail: OrganizationAndEmailInput
                    }

                    type Query { placeholder: Boolean }
                    """,
                [@"Unknown type ""OrganizationAndEmailInput"". (4:25)"]
            },
        };

    [Theory]
    [MemberData(nameof(TypeSystemExamples))]
    public void Type_system_examples_build_or_fail_like_graphql_js(string name, string sdl, string[] expected)
    {
        _ = name;
        var errors = BuildErrors(sdl);

        Assert.Equal(expected, errors.Select(e => e.ToString()));
    }

    /// <summary>Examples that are (or contain) operations or fragments: a schema document may not.</summary>
    public static TheoryData<string, string> ExecutableExamples =>
        new()
        {
            {
                "01_Root_Operation_Types",
                """
                    query {
                      myName
                    }
                    """
            },
            {
                "01_Root_Operation_Types_with_Query",
                """
                    query {
                      myName
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "03_Root_Operation_Types",
                """
                    mutation {
                      setName(name: "Zuck") {
                        newName
                      }
                    }
                    """
            },
            {
                "03_Root_Operation_Types_with_Query",
                """
                    mutation {
                      setName(name: "Zuck") {
                        newName
                      }
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "10_Objects",
                """
                    {
                      name
                      age
                      picture
                    }
                    """
            },
            {
                "10_Objects_with_Query",
                """
                    {
                      name
                      age
                      picture
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "11_Objects",
                """
                    {
                      age
                      name
                    }
                    """
            },
            {
                "11_Objects_with_Query",
                """
                    {
                      age
                      name
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "13_Objects",
                """
                    {
                      name
                      relationship
                    }
                    """
            },
            {
                "13_Objects_with_Query",
                """
                    {
                      name
                      relationship
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "14_Objects",
                """
                    {
                      name
                      relationship {
                        name
                      }
                    }
                    """
            },
            {
                "14_Objects_with_Query",
                """
                    {
                      name
                      relationship {
                        name
                      }
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "15_Objects",
                """
                    {
                      foo
                      ...Frag
                      qux
                    }

                    fragment Frag on Query {
                      bar
                      baz
                    }
                    """
            },
            {
                "15_Objects_with_Query",
                """
                    {
                      foo
                      ...Frag
                      qux
                    }

                    fragment Frag on Query {
                      bar
                      baz
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "16_Objects",
                """
                    {
                      foo
                      ...Ignored
                      ...Matching
                      bar
                    }

                    fragment Ignored on UnknownType {
                      qux
                      baz
                    }

                    fragment Matching on Query {
                      bar
                      qux
                      foo
                    }
                    """
            },
            {
                "16_Objects_with_Query",
                """
                    {
                      foo
                      ...Ignored
                      ...Matching
                      bar
                    }

                    fragment Ignored on UnknownType {
                      qux
                      baz
                    }

                    fragment Matching on Query {
                      bar
                      qux
                      foo
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "17_Objects",
                """
                    {
                      foo @skip(if: true)
                      bar
                      foo
                    }
                    """
            },
            {
                "17_Objects_with_Query",
                """
                    {
                      foo @skip(if: true)
                      bar
                      foo
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "19_Field_Arguments",
                """
                    {
                      name
                      picture(size: 600)
                    }
                    """
            },
            {
                "19_Field_Arguments_with_Query",
                """
                    {
                      name
                      picture(size: 600)
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "25_Interfaces",
                """
                    {
                      entity {
                        name
                      }
                      phoneNumber
                    }
                    """
            },
            {
                "25_Interfaces_with_Query",
                """
                    {
                      entity {
                        name
                      }
                      phoneNumber
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "26_Interfaces",
                """
                    {
                      entity {
                        name
                        age
                      }
                      phoneNumber
                    }
                    """
            },
            {
                "26_Interfaces_with_Query",
                """
                    {
                      entity {
                        name
                        age
                      }
                      phoneNumber
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "27_Interfaces",
                """
                    {
                      entity {
                        name
                        ... on Person {
                          age
                        }
                      }
                      phoneNumber
                    }
                    """
            },
            {
                "27_Interfaces_with_Query",
                """
                    {
                      entity {
                        name
                        ... on Person {
                          age
                        }
                      }
                      phoneNumber
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "32_Unions",
                """
                    {
                      firstSearchResult {
                        name
                        height
                      }
                    }
                    """
            },
            {
                "32_Unions_with_Query",
                """
                    {
                      firstSearchResult {
                        name
                        height
                      }
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "33_Unions",
                """
                    {
                      firstSearchResult {
                        ... on Person {
                          name
                        }
                        ... on Photo {
                          height
                        }
                      }
                    }
                    """
            },
            {
                "33_Unions_with_Query",
                """
                    {
                      firstSearchResult {
                        ... on Person {
                          name
                        }
                        ... on Photo {
                          height
                        }
                      }
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "43_Non_Null",
                """
                    {
                      fieldWithNonNullArg
                    }
                    """
            },
            {
                "43_Non_Null_with_Query",
                """
                    {
                      fieldWithNonNullArg
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "44_Non_Null",
                """
                    {
                      fieldWithNonNullArg(nonNullArg: null)
                    }
                    """
            },
            {
                "44_Non_Null_with_Query",
                """
                    {
                      fieldWithNonNullArg(nonNullArg: null)
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "45_Non_Null",
                """
                    query withNullableVariable($var: String) {
                      fieldWithNonNullArg(nonNullArg: $var)
                    }
                    """
            },
            {
                "45_Non_Null_with_Query",
                """
                    query withNullableVariable($var: String) {
                      fieldWithNonNullArg(nonNullArg: $var)
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "46_Directives",
                """
                    directive @example on FIELD

                    fragment SomeFragment on SomeType {
                      field @example
                    }
                    """
            },
            {
                "46_Directives_with_Query",
                """
                    directive @example on FIELD

                    fragment SomeFragment on SomeType {
                      field @example
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "51_skip",
                """
                    query myQuery($someTest: Boolean!) {
                      experimentalField @skip(if: $someTest)
                    }
                    """
            },
            {
                "51_skip_with_Query",
                """
                    query myQuery($someTest: Boolean!) {
                      experimentalField @skip(if: $someTest)
                    }

                    type Query { placeholder: Boolean }
                    """
            },
            {
                "53_include",
                """
                    query myQuery($someTest: Boolean!) {
                      experimentalField @include(if: $someTest)
                    }
                    """
            },
            {
                "53_include_with_Query",
                """
                    query myQuery($someTest: Boolean!) {
                      experimentalField @include(if: $someTest)
                    }

                    type Query { placeholder: Boolean }
                    """
            },
        };

    [Theory]
    [MemberData(nameof(ExecutableExamples))]
    public void Executable_examples_are_not_schema_documents(string name, string sdl)
    {
        _ = name;
        var errors = BuildErrors(sdl);

        Assert.Contains(errors, e => e.Rule == SchemaRules.TypeSystemDefinitionsOnly);
    }

    private static IReadOnlyList<GraphQLError> BuildErrors(string sdl)
    {
        try
        {
            SchemaBuilder.FromSdl(sdl);
            return [];
        }
        catch (SchemaException exception)
        {
            return exception.Errors;
        }
    }
}
