namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>NoUndefinedVariablesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class NoUndefinedVariablesRuleTests() : RuleTestsWithSpecExamples("NoUndefinedVariablesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Foo($a: String, $b: String) { ...F }
                fragment F on Query { dog { isHouseTrained(atOtherHomes: $a) } findDog(searchBy: {name: $b}) { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo($a: String) { findDog(searchBy: {name: $a, owner: $b}) { name } ...F }
                    query Bar { ...F }
                    fragment F on Query { dog { isHouseTrained(atOtherHomes: $c) } }
                    """,
                [
                    "Variable \"$b\" is not defined by operation \"Foo\". (1:61, 1:1)",
                    "Variable \"$c\" is not defined by operation \"Foo\". (3:58, 1:1)",
                    "Variable \"$c\" is not defined by operation \"Bar\". (3:58, 2:1)",
                ]
            },
            {
                """
                    { dog @include(if: $x) { isHouseTrained(atOtherHomes: $x) } }
                    """,
                ["Variable \"$x\" is not defined. (1:20, 1:1)", "Variable \"$x\" is not defined. (1:55, 1:1)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Directives Are in Valid Locations
            {
                """
                    query @skip(if: $foo) {
                      field
                    }
                    """,
                ["Variable \"$foo\" is not defined. (1:17, 1:1)"]
            },
            // All Variable Uses Defined
            {
                """
                    query variableIsNotDefined {
                      dog {
                        isHouseTrained(atOtherHomes: $atOtherHomes)
                      }
                    }
                    """,
                [
                    "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". (3:34, 1:1)",
                ]
            },
            // All Variable Uses Defined
            {
                """
                    query variableIsNotDefinedUsedInSingleFragment {
                      dog {
                        ...isHouseTrainedFragment
                      }
                    }

                    fragment isHouseTrainedFragment on Dog {
                      isHouseTrained(atOtherHomes: $atOtherHomes)
                    }
                    """,
                [
                    "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\". (8:32, 1:1)",
                ]
            },
            // All Variable Uses Defined
            {
                """
                    query variableIsNotDefinedUsedInNestedFragment {
                      dog {
                        ...outerHouseTrainedFragment
                      }
                    }

                    fragment outerHouseTrainedFragment on Dog {
                      ...isHouseTrainedFragment
                    }

                    fragment isHouseTrainedFragment on Dog {
                      isHouseTrained(atOtherHomes: $atOtherHomes)
                    }
                    """,
                [
                    "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\". (12:32, 1:1)",
                ]
            },
            // All Variable Uses Defined
            {
                """
                    query houseTrainedQueryOne($atOtherHomes: Boolean) {
                      dog {
                        ...isHouseTrainedFragment
                      }
                    }

                    query houseTrainedQueryTwoNotDefined {
                      dog {
                        ...isHouseTrainedFragment
                      }
                    }

                    fragment isHouseTrainedFragment on Dog {
                      isHouseTrained(atOtherHomes: $atOtherHomes)
                    }
                    """,
                [
                    "Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\". (14:32, 7:1)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // All Variable Uses Defined
            """
                query variableIsDefined($atOtherHomes: Boolean) {
                  dog {
                    isHouseTrained(atOtherHomes: $atOtherHomes)
                  }
                }
                """,
            // All Variable Uses Defined
            """
                query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
                  dog {
                    ...isHouseTrainedFragment
                  }
                }

                fragment isHouseTrainedFragment on Dog {
                  isHouseTrained(atOtherHomes: $atOtherHomes)
                }
                """,
            // All Variable Uses Defined
            """
                query houseTrainedQueryOne($atOtherHomes: Boolean) {
                  dog {
                    ...isHouseTrainedFragment
                  }
                }

                query houseTrainedQueryTwo($atOtherHomes: Boolean) {
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
