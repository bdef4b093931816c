namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueFragmentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueFragmentNamesRuleTests() : RuleTestsWithSpecExamples("UniqueFragmentNamesRule")
{
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
}
