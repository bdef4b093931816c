namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>
/// The table-driven tests of one validation rule: a derived class names the rule and holds the tables
/// (<c>ValidDocuments</c>: documents the rule accepts; <c>InvalidDocuments</c>: documents and the errors graphql-js
/// 17.1 reports, as "message (line:column, …)"), checked against <see cref="ValidationHarness.TestSchema"/> unless
/// another schema is given.
/// </summary>
public abstract class RuleTests(string rule, Schema? schema = null)
{
    /// <summary>The rule's name, as graphql-js names it (<c>ScalarLeafsRule</c>).</summary>
    protected string Rule { get; } = rule;

    /// <summary>The schema the documents are validated against.</summary>
    protected Schema Schema { get; } = schema ?? ValidationHarness.TestSchema;

    [Theory]
    [MemberData("ValidDocuments")]
    public void Accepts_valid_documents(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document, Schema);

    [Theory]
    [MemberData("InvalidDocuments")]
    public void Reports_what_graphql_js_reports(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, Schema, expected);
}
