using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>
/// <see cref="RuleTests"/> plus the table <c>SpecCounterExamples</c>: the counter-examples of spec section 5 that the
/// rule rejects, with their errors.
/// </summary>
public abstract class RuleTestsWithCounterExamples(string rule, Schema? schema = null)
    : RuleTests(rule, schema)
{
    // The tables are static members of the derived class, where xunit looks them up.
#pragma warning disable xUnit1015
    [Theory]
    [MemberData("SpecCounterExamples")]
    public void Spec_counter_examples_fail_with_this_rule(string document, string[] expected) =>
        ValidationHarness.AssertRuleErrors(Rule, document, Schema, expected);
#pragma warning restore xUnit1015
}
