namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>MaxIntrospectionDepthRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private const string Rule = "MaxIntrospectionDepthRule";

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { __schema { types { fields { type { fields { name } } } } } }
                """,
            """
                { __type(name: "Dog") { fields { type { interfaces { name } } } } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)"]
            },
            {
                """
                    { __type(name: "Dog") { ...F } }
                    fragment F on __Type { possibleTypes { interfaces { inputFields { name } } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)"]
            },
            {
                """
                    { __schema { types { ...T } } a: __type(name: "Dog") { ...T } }
                    fragment T on __Type { fields { type { ...T } } }
                    """,
                ["Maximum introspection depth exceeded (1:3)", "Maximum introspection depth exceeded (1:31)"]
            },
        };

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document);

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, expected);
}
