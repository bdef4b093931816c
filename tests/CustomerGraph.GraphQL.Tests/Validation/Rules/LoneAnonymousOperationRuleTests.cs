namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>LoneAnonymousOperationRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class LoneAnonymousOperationRuleTests()
    : RuleTestsWithSpecExamples("LoneAnonymousOperationRule")
{
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
}
