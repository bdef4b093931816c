namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueVariableNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueVariableNamesRuleTests() : RuleTestsWithSpecExamples("UniqueVariableNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query A($x: Int, $y: String) { __typename }
                query B($x: String, $y: Int) { __typename }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query A($x: Int, $x: Int, $x: String) { __typename }
                    query B($y: String, $z: Int, $y: Int, $z: Int) { __typename }
                    """,
                [
                    "There can be only one variable named \"$x\". (1:10, 1:19, 1:28)",
                    "There can be only one variable named \"$y\". (2:10, 2:31)",
                    "There can be only one variable named \"$z\". (2:22, 2:40)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Variable Uniqueness
            {
                """
                    query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
                      dog {
                        isHouseTrained(atOtherHomes: $atOtherHomes)
                      }
                    }
                    """,
                ["There can be only one variable named \"$atOtherHomes\". (1:26, 1:50)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Variable Uniqueness
            """
                query A($atOtherHomes: Boolean) {
                  ...HouseTrainedFragment
                }

                query B($atOtherHomes: Boolean) {
                  ...HouseTrainedFragment
                }

                fragment HouseTrainedFragment on Query {
                  dog {
                    isHouseTrained(atOtherHomes: $atOtherHomes)
                  }
                }
                """,
        };
}
