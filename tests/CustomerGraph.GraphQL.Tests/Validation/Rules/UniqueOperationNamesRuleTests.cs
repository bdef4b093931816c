namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueOperationNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueOperationNamesRuleTests() : RuleTestsWithSpecExamples("UniqueOperationNamesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { dog { name } }
                query Foo { dog { name } }
                fragment Foo on Dog { name }
                """,
            """
                query Foo { dog { name } }
                query Bar { dog { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo { dog { name } }
                    mutation Foo { addPet(pet: {}) { name } }
                    subscription Foo { newMessage { body } }
                    """,
                [
                    "There can be only one operation named \"Foo\". (1:7, 2:10)",
                    "There can be only one operation named \"Foo\". (1:7, 3:14)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Operation Name Uniqueness
            {
                """
                    query getName {
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
                ["There can be only one operation named \"getName\". (1:7, 7:7)"]
            },
            // Operation Name Uniqueness
            {
                """
                    query dogOperation {
                      dog {
                        name
                      }
                    }

                    mutation dogOperation {
                      mutateDog {
                        id
                      }
                    }
                    """,
                ["There can be only one operation named \"dogOperation\". (1:7, 7:10)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Operation Name Uniqueness
            """
                query getDogName {
                  dog {
                    name
                  }
                }

                query getOwnerName {
                  dog {
                    owner {
                      name
                    }
                  }
                }
                """,
        };
}
