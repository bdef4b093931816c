namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>NoFragmentCyclesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class NoFragmentCyclesRuleTests() : RuleTestsWithSpecExamples("NoFragmentCyclesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                fragment A on Dog { ...B ...B }
                fragment B on Dog { name }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    fragment A on Dog { ...A }
                    """,
                ["Cannot spread fragment \"A\" within itself. (1:21)"]
            },
            {
                """
                    fragment A on Dog { ...B }
                    fragment B on Dog { ...C }
                    fragment C on Dog { ...A ...D }
                    fragment D on Dog { ...B }
                    """,
                [
                    "Cannot spread fragment \"A\" within itself via \"B\", \"C\". (1:21, 2:21, 3:21)",
                    "Cannot spread fragment \"B\" within itself via \"C\", \"D\". (2:21, 3:26, 4:21)",
                ]
            },
            {
                """
                    fragment A on Dog { ...B ...C }
                    fragment B on Dog { ...A }
                    fragment C on Dog { ...A }
                    """,
                [
                    "Cannot spread fragment \"A\" within itself via \"B\". (1:21, 2:21)",
                    "Cannot spread fragment \"A\" within itself via \"C\". (1:26, 3:21)",
                ]
            },
            {
                """
                    fragment A on Human { relatives { ...B } }
                    fragment B on Human { ... on Human { ...A } }
                    """,
                ["Cannot spread fragment \"A\" within itself via \"B\". (1:35, 2:38)"]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Fragment Spreads Must Not Form Cycles
            {
                """
                    {
                      dog {
                        ...nameFragment
                      }
                    }

                    fragment nameFragment on Dog {
                      name
                      ...barkVolumeFragment
                    }

                    fragment barkVolumeFragment on Dog {
                      barkVolume
                      ...nameFragment
                    }
                    """,
                [
                    "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". (9:3, 14:3)",
                ]
            },
            // Fragment Spreads Must Not Form Cycles
            {
                """
                    {
                      dog {
                        ...dogFragment
                      }
                    }

                    fragment dogFragment on Dog {
                      name
                      owner {
                        ...ownerFragment
                      }
                    }

                    fragment ownerFragment on Human {
                      name
                      pets {
                        ...dogFragment
                      }
                    }
                    """,
                ["Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\". (10:5, 17:5)"]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Fragment Spreads Must Not Form Cycles
            """
                {
                  dog {
                    name
                    barkVolume
                    name
                    barkVolume
                    name
                    barkVolume
                    name
                    # forever...
                  }
                }
                """,
        };
}
