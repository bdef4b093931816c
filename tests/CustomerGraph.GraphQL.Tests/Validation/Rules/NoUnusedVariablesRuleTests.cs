namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>NoUnusedVariablesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class NoUnusedVariablesRuleTests() : RuleTestsWithSpecExamples("NoUnusedVariablesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Foo($a: String) { ...F }
                fragment F on Query { findDog(searchBy: {name: $a}) { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo($a: String, $b: Boolean, $c: String) { ...F }
                    fragment F on Query { findDog(searchBy: {name: $a}) { name } }
                    """,
                [
                    "Variable \"$b\" is never used in operation \"Foo\". (1:23)",
                    "Variable \"$c\" is never used in operation \"Foo\". (1:36)",
                ]
            },
            {
                """
                    query ($a: String = "x", $b: String = "y") { dog { name } }
                    """,
                ["Variable \"$a\" is never used. (1:8)", "Variable \"$b\" is never used. (1:26)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // All Variables Used
            {
                """
                    query variableUnused($atOtherHomes: Boolean) {
                      dog {
                        isHouseTrained
                      }
                    }
                    """,
                ["Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". (1:22)"]
            },
            // All Variables Used
            {
                """
                    query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
                      dog {
                        ...isHouseTrainedWithoutVariableFragment
                      }
                    }

                    fragment isHouseTrainedWithoutVariableFragment on Dog {
                      isHouseTrained
                    }
                    """,
                [
                    "Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\". (1:37)",
                ]
            },
            // All Variables Used
            {
                """
                    query queryWithUsedVar($atOtherHomes: Boolean) {
                      dog {
                        ...isHouseTrainedFragment
                      }
                    }

                    query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
                      dog {
                        ...isHouseTrainedFragment
                      }
                    }

                    fragment isHouseTrainedFragment on Dog {
                      isHouseTrained(atOtherHomes: $atOtherHomes)
                    }
                    """,
                ["Variable \"$extra\" is never used in operation \"queryWithExtraVar\". (7:49)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // All Variables Used
            """
                query variableUsedInFragment($atOtherHomes: Boolean) {
                  dog {
                    ...isHouseTrainedFragment
                  }
                }

                fragment isHouseTrainedFragment on Dog {
                  isHouseTrained(atOtherHomes: $atOtherHomes)
                }
                """,
        };
}
