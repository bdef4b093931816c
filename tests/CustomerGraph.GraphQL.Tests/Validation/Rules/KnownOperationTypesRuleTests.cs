namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownOperationTypesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownOperationTypesRuleTests()
    : RuleTestsWithSpecExamples("KnownOperationTypesRule", ValidationHarness.HelloSchema)
{
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
}
