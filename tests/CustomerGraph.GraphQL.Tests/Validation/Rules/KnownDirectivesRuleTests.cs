namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownDirectivesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownDirectivesRuleTests() : RuleTestsWithCounterExamples("KnownDirectivesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Q($v: Int @onVariableDefinition) @onQuery { dog @include(if: true) @onField { ...F @onFragmentSpread ... on Dog @onInlineFragment { name } } }
                fragment F on Dog @onFragmentDefinition { name }
                mutation @onMutation { __typename }
                subscription @onSubscription { newMessage { body } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog @unknown(directive: "value") { name } }
                    """,
                ["Unknown directive \"@unknown\". (1:7)"]
            },
            {
                """
                    query Q($v: Int @onQuery) @onField { dog @onQuery { ...F @onInlineFragment ... @onFragmentSpread { name } } }
                    fragment F on Dog @onField { name }
                    mutation @onQuery { __typename }
                    """,
                [
                    "Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION. (1:17)",
                    "Directive \"@onField\" may not be used on QUERY. (1:27)",
                    "Directive \"@onQuery\" may not be used on FIELD. (1:42)",
                    "Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD. (1:58)",
                    "Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT. (1:80)",
                    "Directive \"@onField\" may not be used on FRAGMENT_DEFINITION. (2:19)",
                    "Directive \"@onQuery\" may not be used on MUTATION. (3:10)",
                ]
            },
            {
                """
                    type Query @onField { field(arg: Int @onField): String @onObject }
                    directive @onObject on OBJECT
                    scalar S @onObject
                    enum E @onObject { A @onField }
                    """,
                [
                    "Directive \"@onField\" may not be used on OBJECT. (1:12)",
                    "Directive \"@onField\" may not be used on ARGUMENT_DEFINITION. (1:38)",
                    "Directive \"@onObject\" may not be used on FIELD_DEFINITION. (1:56)",
                    "Directive \"@onObject\" may not be used on SCALAR. (3:10)",
                    "Directive \"@onObject\" may not be used on ENUM. (4:8)",
                    "Directive \"@onField\" may not be used on ENUM_VALUE. (4:22)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Directives Are in Valid Locations
            {
                """
                    query @skip(if: $foo) {
                      field
                    }
                    """,
                ["Directive \"@skip\" may not be used on QUERY. (1:7)"]
            },
        };
}
