namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>
/// <see cref="RuleTestsWithCounterExamples"/> plus the table <c>SpecExamples</c>: the examples of spec section 5 that
/// the rule accepts.
/// </summary>
public abstract class RuleTestsWithSpecExamples(string rule, Schema? schema = null)
    : RuleTestsWithCounterExamples(rule, schema)
{
    [Theory]
    [MemberData("SpecExamples")]
    public void Spec_examples_pass(string document) =>
        ValidationHarness.AssertRuleErrors(Rule, document, Schema);
}
