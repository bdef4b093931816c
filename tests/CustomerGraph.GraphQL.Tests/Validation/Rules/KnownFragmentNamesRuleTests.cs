namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>KnownFragmentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class KnownFragmentNamesRuleTests() : RuleTestsWithCounterExamples("KnownFragmentNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { ...F } }
                fragment F on Dog { name ...G }
                fragment G on Dog { nickname }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { dog { ...UnknownFragment1 ... on Dog { ...UnknownFragment2 } } }
                    fragment F on Dog { ...UnknownFragment3 }
                    """,
                [
                    "Unknown fragment \"UnknownFragment1\". (1:12)",
                    "Unknown fragment \"UnknownFragment2\". (1:45)",
                    "Unknown fragment \"UnknownFragment3\". (2:24)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Fragment Spread Target Defined
            {
                """
                    {
                      dog {
                        ...undefinedFragment
                      }
                    }
                    """,
                ["Unknown fragment \"undefinedFragment\". (3:8)"]
            },
        };
}
