// Every fragment spread names a fragment defined in the document.
// Spec 5.5.2.1 Fragment Spread Target Defined.
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports spreads of undefined fragments.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(FragmentSpreadNode node)
    {
        if (Context.GetFragment(node.Name.Value) is null)
            Report($"Unknown fragment \"{node.Name.Value}\".", node.Name);
    }
}
