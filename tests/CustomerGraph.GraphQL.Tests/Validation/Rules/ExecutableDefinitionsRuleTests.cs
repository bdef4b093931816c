namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>ExecutableDefinitionsRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class ExecutableDefinitionsRuleTests()
    : RuleTestsWithCounterExamples("ExecutableDefinitionsRule")
{
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
}
