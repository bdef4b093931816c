namespace CustomerGraph.GraphQL.Tests.Validation.Rules;

/// <summary>UniqueArgumentNamesRule: messages and locations as graphql-js 17.1 reports them.</summary>
public sealed class UniqueArgumentNamesRuleTests() : RuleTests("UniqueArgumentNamesRule")
{
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
}
