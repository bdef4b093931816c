namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>LoneAnonymousOperationRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private const string Rule = "LoneAnonymousOperationRule";

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Lone Anonymous Operation
            """
                {
                  dog {
                    name
                  }
                }
                """,
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Lone Anonymous Operation
            {
                """
                    {
                      dog {
                        name
                      }
                    }

                    query getName {
                      dog {
                        owner {
                          name
                        }
                      }
                    }
                    """,
                ["This anonymous operation must be the only defined operation. (1:1)"]
            },
        };

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { name } }
                fragment F on Dog { name }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog { name } }
                    { dog { nickname } }
                    """,
                [
                    "This anonymous operation must be the only defined operation. (1:1)",
                    "This anonymous operation must be the only defined operation. (2:1)",
                ]
            },
            {
                """
                    { dog { name } }
                    mutation { addPet(pet: {}) { name } }
                    """,
                [
                    "This anonymous operation must be the only defined operation. (1:1)",
                    "This anonymous operation must be the only defined operation. (2:1)",
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
