namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>
/// <see cref="RuleTests"/> plus the table <c>SpecCounterExamples</c>: the counter-examples of spec section 5 that the
/// rule rejects, with their errors.
/// </summary>
public abstract class RuleTestsWithCounterExamples(string rule, Schema? schema = null)
    : RuleTests(rule, schema)
{
    [Theory]
    [MemberData("SpecCounterExamples")]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, Schema, expected);
}
