namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownTypeNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownTypeNamesRuleTests() : RuleTestsWithSpecExamples("KnownTypeNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Foo($var: String, $required: [Int!]!, $dog: FindDogInput) {
                  dog { ... on Dog { name } ...Frag }
                }
                fragment Frag on Pet { name }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo($var: JumbledUpLetters) { dog { name ...PetFields } }
                    fragment PetFields on Peat { name }
                    """,
                [
                    "Unknown type \"JumbledUpLetters\". (1:17)",
                    "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"? (2:23)",
                ]
            },
            {
                """
                    query Foo($var: [Strin!]) { dog { ... on Dgo { name } } }
                    """,
                [
                    "Unknown type \"Strin\". Did you mean \"String\"? (1:18)",
                    "Unknown type \"Dgo\". Did you mean \"Dog\"? (1:42)",
                ]
            },
            {
                """
                    type Foo { bar: Bar baz: String }
                    type Cow implements Animal @directive(arg: Fo) { name: Strng }
                    """,
                [
                    "Unknown type \"Bar\". Did you mean \"Cat\"? (1:17)",
                    "Unknown type \"Animal\". (2:21)",
                    "Unknown type \"Strng\". Did you mean \"String\" or \"Being\"? (2:56)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Fragment Spread Type Existence
            {
                """
                    fragment notOnExistingType on NotInSchema {
                      name
                    }

                    fragment inlineNotExistingType on Dog {
                      ... on NotInSchema {
                        name
                      }
                    }
                    """,
                [
                    "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (1:31)",
                    "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (6:10)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Fragment Spread Type Existence
            """
                fragment correctType on Dog {
                  name
                }

                fragment inlineFragment on Dog {
                  ... on Dog {
                    name
                  }
                }

                fragment inlineFragment2 on Dog {
                  ... @include(if: true) {
                    name
                  }
                }
                """,
        };
}
