namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueFragmentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private const string Rule = "UniqueFragmentNamesRule";

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Fragment Name Uniqueness
            """
                {
                  dog {
                    ...fragmentOne
                    ...fragmentTwo
                  }
                }

                fragment fragmentOne on Dog {
                  name
                }

                fragment fragmentTwo on Dog {
                  owner {
                    name
                  }
                }
                """,
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Fragment Name Uniqueness
            {
                """
                    {
                      dog {
                        ...fragmentOne
                      }
                    }

                    fragment fragmentOne on Dog {
                      name
                    }

                    fragment fragmentOne on Dog {
                      owner {
                        name
                      }
                    }
                    """,
                ["There can be only one fragment named \"fragmentOne\". (7:10, 11:10)"]
            },
        };

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { ...A ...B } }
                fragment A on Dog { name }
                fragment B on Dog { nickname }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog { ...A } }
                    fragment A on Dog { name }
                    fragment A on Dog { nickname }
                    fragment A on Dog { barkVolume }
                    """,
                [
                    "There can be only one fragment named \"A\". (2:10, 3:10)",
                    "There can be only one fragment named \"A\". (2:10, 4:10)",
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
