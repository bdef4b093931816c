namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ExecutableDefinitionsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private const string Rule = "ExecutableDefinitionsRule";

    /// <summary>Counter-examples of spec section 5 that this rule rejects.</summary>
    public static TheoryData<string, string[]> SpecCounterExamples =>
        new()
        {
            // Executable Definitions
            {
                """
                    query getDogName {
                      dog {
                        name
                        color
                      }
                    }

                    extend type Dog {
                      color: String
                    }
                    """,
                ["The \"Dog\" definition is not executable. (8:1)"]
            },
        };

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                query Foo { dog { name } }
                fragment Frag on Dog { name }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    query Foo { dog { name } }
                    type Cow { name: String }
                    extend type Dog { color: String }
                    """,
                [
                    "The \"Cow\" definition is not executable. (2:1)",
                    "The \"Dog\" definition is not executable. (3:1)",
                ]
            },
            {
                """
                    schema { query: Query }
                    extend schema @directive
                    directive @custom on FIELD
                    """,
                [
                    "The schema definition is not executable. (1:1)",
                    "The schema definition is not executable. (2:1)",
                    "The \"custom\" definition is not executable. (3:1)",
                ]
            },
        };

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
