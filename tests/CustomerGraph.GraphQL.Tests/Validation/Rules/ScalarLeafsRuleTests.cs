namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ScalarLeafsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ScalarLeafsRuleTests() : RuleTestsWithSpecExamples("ScalarLeafsRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { doesKnowCommand(dogCommand: SIT) name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog }
                    """,
                [
                    "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"? (1:3)",
                ]
            },
            {
                """
                    { human { pets } }
                    """,
                [
                    "Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"? (1:11)",
                ]
            },
            {
                """
                    { dog { barkVolume { sinceWhen } } }
                    """,
                ["Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (1:20)"]
            },
            {
                """
                    { dog { doesKnowCommand(dogCommand: SIT) { yes } } }
                    """,
                [
                    "Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields. (1:42)",
                ]
            },
            {
                """
                    { being }
                    """,
                [
                    "Field \"being\" of type \"Being\" must have a selection of subfields. Did you mean \"being { ... }\"? (1:3)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Leaf Field Selections
            {
                """
                    fragment scalarSelectionsNotAllowedOnInt on Dog {
                      barkVolume {
                        sinceWhen
                      }
                    }
                    """,
                ["Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (2:14)"]
            },
            // Leaf Field Selections
            {
                """
                    query directQueryOnObjectWithoutSubFields {
                      human
                    }

                    query directQueryOnInterfaceWithoutSubFields {
                      pet
                    }

                    query directQueryOnUnionWithoutSubFields {
                      catOrDog
                    }
                    """,
                [
                    "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (2:3)",
                    "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"? (6:3)",
                    "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? (10:3)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Leaf Field Selections
            """
                fragment scalarSelection on Dog {
                  barkVolume
                }
                """,
            // Leaf Field Selections
            """
                query directQueryOnObjectWithSubFields {
                  human {
                    name
                  }
                }
                """,
        };
}
