namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>VariablesAreInputTypesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private const string Rule = "VariablesAreInputTypesRule";

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

    [Theory]
    [MemberData(nameof(SpecExamples))]
    public void Spec_examples_pass(string document) => ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(SpecCounterExamples))]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);
}
