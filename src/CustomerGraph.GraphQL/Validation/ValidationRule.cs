using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// One validation rule of spec section 5. A fresh instance validates one document: it is attached to the
/// shared <see cref="ValidationContext"/>, then sees every node through its hooks.
/// </summary>
public abstract class ValidationRule : ValidationVisitor
{
    private ValidationContext? _context;

    protected ValidationRule() => Name = GetType().Name;

    /// <summary>The rule's name as graphql-js spells it, e.g. <c>NoUnusedVariablesRule</c>.</summary>
    public string Name { get; }

    /// <summary>The validation this rule takes part in.</summary>
    protected ValidationContext Context =>
        _context ?? throw new InvalidOperationException($"{Name} is not attached to a validation.");

    protected Schema Schema => Context.Schema;
    protected TypeInfo TypeInfo => Context.TypeInfo;

    internal void Attach(ValidationContext context) => _context = context;

    /// <summary>Reports an error of this rule, located at the given nodes.</summary>
    protected void Report(string message, params ReadOnlySpan<SyntaxNode> nodes) =>
        Context.ReportError(this, message, nodes);

    /// <summary>Reports an error built elsewhere as an error of this rule.</summary>
    protected void Report(GraphQLError error) => Context.ReportError(this, error);
}
