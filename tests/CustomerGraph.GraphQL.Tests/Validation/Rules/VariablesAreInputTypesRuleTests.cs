namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>VariablesAreInputTypesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class VariablesAreInputTypesRuleTests()
    : RuleTestsWithSpecExamples("VariablesAreInputTypesRule")
{
    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Foo($a: Unknown, $b: [[Boolean!]!], $c: ComplexInput, $d: FurColor) { dog { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
                    """,
                [
                    "Variable \"$a\" cannot be non-input type \"Dog\". (1:15)",
                    "Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\". (1:24)",
                    "Variable \"$c\" cannot be non-input type \"Pet\". (1:44)",
                ]
            },
        };

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Variables Are Input Types
            {
                """
                    query takesCat($cat: Cat) {
                      __typename
                    }

                    query takesDogBang($dog: Dog!) {
                      __typename
                    }

                    query takesListOfPet($pets: [Pet]) {
                      __typename
                    }

                    query takesCatOrDog($catOrDog: CatOrDog) {
                      __typename
                    }
                    """,
                [
                    "Variable \"$cat\" cannot be non-input type \"Cat\". (1:22)",
                    "Variable \"$dog\" cannot be non-input type \"Dog!\". (5:26)",
                    "Variable \"$pets\" cannot be non-input type \"[Pet]\". (9:29)",
                    "Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\". (13:32)",
                ]
            },
        };

    /// <summary>Examples of spec section 5 that this rule accepts.</summary>
    public static TheoryData<string> SpecExamples =>
        new()
        {
            // Variables Are Input Types
            """
                query takesBoolean($atOtherHomes: Boolean) {
                  dog {
                    isHouseTrained(atOtherHomes: $atOtherHomes)
                  }
                }

                query takesComplexInput($search: FindDogInput) {
                  findDog(searchBy: $search) {
                    name
                  }
                }

                query TakesListOfBooleanBang($booleans: [Boolean!]) {
                  booleanList(booleanListArg: $booleans)
                }
                """,
        };
}
