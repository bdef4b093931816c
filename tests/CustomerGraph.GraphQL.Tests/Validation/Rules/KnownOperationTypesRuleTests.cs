namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownOperationTypesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownOperationTypesRuleTests
{
    private const string Rule = "KnownOperationTypesRule";

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Operation Type Existence
            """
                query helloQuery {
                  hello
                }
                """,
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Operation Type Existence
            {
                """
                    mutation goodbyeMutation {
                      goodbye
                    }
                    """,
                ["The mutation operation is not supported by the schema. (1:1)"]
            },
        };

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { hello }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    subscription { hello }
                    mutation M { hello }
                    """,
                [
                    "The subscription operation is not supported by the schema. (1:1)",
                    "The mutation operation is not supported by the schema. (2:1)",
                ]
            },
        };

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Spec_examples_pass(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document, ValidationHarness.HelloSchema);

    [Theory]
    [MemberData(nameof(SpecCounterExamples))]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, ValidationHarness.HelloSchema, expected);

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document, ValidationHarness.HelloSchema);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, ValidationHarness.HelloSchema, expected);
}
