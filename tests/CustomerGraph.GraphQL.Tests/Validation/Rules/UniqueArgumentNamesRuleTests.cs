namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueArgumentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private const string Rule = "UniqueArgumentNamesRule";

    public static TheoryData<string> ValidDocuments =>
        new()
        {
            """
                { complicatedArgs { multipleReqs(req1: 1, req2: 2) } dog @withRequiredArg(arg: "a", optional: 2) { name } }
                """,
        };

    public static TheoryData<string, string[]> InvalidDocuments =>
        new()
        {
            {
                """
                    { complicatedArgs { multipleReqs(req1: 1, req2: 2, req1: 3, req1: 4) } }
                    """,
                ["There can be only one argument named \"req1\". (1:34, 1:52, 1:61)"]
            },
            {
                """
                    { dog @withRequiredArg(arg: "a", arg: "b") { name } }
                    """,
                ["There can be only one argument named \"arg\". (1:24, 1:34)"]
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
