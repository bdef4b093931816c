namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>FieldsOnCorrectTypeRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class FieldsOnCorrectTypeRuleTests() : RuleTestsWithSpecExamples("FieldsOnCorrectTypeRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { __typename name ... on Dog { barkVolume } } catOrDog { __typename ... on Pet { name } } __schema { queryType { name } } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog { meowVolume } }
                    """,
                ["Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (1:9)"]
            },
            {
                """
                    fragment F on Pet { nickname }
                    """,
                [
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (1:21)",
                ]
            },
            {
                """
                    fragment F on CatOrDog { name }
                    """,
                [
                    "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"? (1:26)",
                ]
            },
            {
                """
                    fragment F on Dog { unknownField { deeperUnknownField } }
                    """,
                ["Cannot query field \"unknownField\" on type \"Dog\". (1:21)"]
            },
            {
                """
                    { catOrDog { doesKnowCommand } }
                    """,
                [
                    "Cannot query field \"doesKnowCommand\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (1:14)",
                ]
            },
            {
                """
                    { dog { __schema { queryType { name } } } }
                    """,
                ["Cannot query field \"__schema\" on type \"Dog\". (1:9)"]
            },
            {
                """
                    fragment F on HumanOrAlien { name }
                    """,
                [
                    "Cannot query field \"name\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Being\", \"Sentient\", \"Alien\", or \"Human\"? (1:30)",
                ]
            },
            {
                """
                    fragment F on Being { nicknam }
                    """,
                ["Cannot query field \"nicknam\" on type \"Being\". (1:23)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Executable Definitions
            {
                """
                    query getDogName {
                      dog {
                        name
                        color
                      }
                    }

                    extend type Dog {
                      color: String
                    }
                    """,
                ["Cannot query field \"color\" on type \"Dog\". (4:5)"]
            },
            // Field Selections
            {
                """
                    fragment fieldNotDefined on Dog {
                      meowVolume
                    }

                    fragment aliasedLyingFieldTargetNotDefined on Dog {
                      barkVolume: kawVolume
                    }
                    """,
                [
                    "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (2:3)",
                    "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (6:3)",
                ]
            },
            // Field Selections
            {
                """
                    fragment definedOnImplementersButNotInterface on Pet {
                      nickname
                    }
                    """,
                [
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (2:3)",
                ]
            },
            // Field Selections
            {
                """
                    fragment directFieldSelectionOnUnion on CatOrDog {
                      name
                      barkVolume
                    }
                    """,
                [
                    "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"? (2:3)",
                    "Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"? (3:3)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Field Selections
            """
                fragment interfaceFieldSelection on Pet {
                  name
                }
                """,
            // Field Selections
            """
                fragment inDirectFieldSelectionOnUnion on CatOrDog {
                  __typename
                  ... on Pet {
                    name
                  }
                  ... on Dog {
                    barkVolume
                  }
                }
                """,
        };
}
