namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>OptionReplacementInput</c>: where the values of a removed dropdown option go.</summary>
public sealed record OptionReplacementInput(string Removed, string Replacement);
