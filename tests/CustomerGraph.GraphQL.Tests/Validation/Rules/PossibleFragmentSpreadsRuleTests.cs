namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>PossibleFragmentSpreadsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class PossibleFragmentSpreadsRuleTests()
    : RuleTestsWithSpecExamples("PossibleFragmentSpreadsRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                fragment F on Being { ... on Dog { name } ... on HumanOrAlien { __typename } ... on Pet { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    fragment invalidObjectWithinObject on Cat { ...dogFragment }
                    fragment dogFragment on Dog { barkVolume }
                    """,
                [
                    "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\". (1:45)",
                ]
            },
            {
                """
                    fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
                    fragment humanOrAlienFragment on HumanOrAlien { __typename }
                    """,
                [
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\". (1:47)",
                ]
            },
            {
                """
                    fragment F on DogOrHuman { ... on Alien { name } ... on Sentient { name } }
                    """,
                [
                    "Fragment cannot be spread here as objects of type \"DogOrHuman\" can never be of type \"Alien\". (1:28)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Object Spreads in Object Scope
            {
                """
                    fragment catInDogFragmentInvalid on Dog {
                      ... on Cat {
                        meowVolume
                      }
                    }
                    """,
                [
                    "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (2:3)",
                ]
            },
            // Object Spreads in Abstract Scope
            {
                """
                    fragment sentientFragment on Sentient {
                      ... on Dog {
                        barkVolume
                      }
                    }

                    fragment humanOrAlienFragment on HumanOrAlien {
                      ... on Cat {
                        meowVolume
                      }
                    }
                    """,
                [
                    "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". (2:3)",
                    "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\". (8:3)",
                ]
            },
            // Abstract Spreads in Abstract Scope
            {
                """
                    fragment nonIntersectingInterfaces on Pet {
                      ...sentientFragment
                    }

                    fragment sentientFragment on Sentient {
                      name
                    }
                    """,
                [
                    "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". (2:3)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Object Spreads in Object Scope
            """
                fragment dogFragment on Dog {
                  ... on Dog {
                    barkVolume
                  }
                }
                """,
            // Abstract Spreads in Object Scope
            """
                fragment petNameFragment on Pet {
                  name
                }

                fragment interfaceWithinObjectFragment on Dog {
                  ...petNameFragment
                }
                """,
            // Abstract Spreads in Object Scope
            """
                fragment catOrDogNameFragment on CatOrDog {
                  ... on Cat {
                    meowVolume
                  }
                }

                fragment unionWithObjectFragment on Dog {
                  ...catOrDogNameFragment
                }
                """,
            // Object Spreads in Abstract Scope
            """
                fragment petFragment on Pet {
                  name
                  ... on Dog {
                    barkVolume
                  }
                }

                fragment catOrDogFragment on CatOrDog {
                  ... on Cat {
                    meowVolume
                  }
                }
                """,
            // Abstract Spreads in Abstract Scope
            """
                fragment unionWithInterface on Pet {
                  ...dogOrHumanFragment
                }

                fragment dogOrHumanFragment on DogOrHuman {
                  ... on Dog {
                    barkVolume
                  }
                }
                """,
        };
}
