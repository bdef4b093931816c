namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ScalarLeafsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ScalarLeafsRuleTests
{
    private const string Rule = "ScalarLeafsRule";

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

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Spec_examples_pass(string document) => ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(SpecCounterExamples))]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);
}
