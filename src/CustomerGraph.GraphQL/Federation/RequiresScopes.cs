using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// Enforces Apollo Federation's <c>@requiresScopes(scopes: [[...]])</c> in this engine: every field that carries it
/// (on the field, or on the interface field it implements) and every field given to <see cref="Require"/> is guarded,
/// so a request without the scopes gets the field error <c>FORBIDDEN</c> naming what is missing before the field's
/// resolver runs. The outer list holds alternatives (any one suffices), each inner list scopes that must all be granted.
/// The granted scopes come from the host, by default as an <see cref="IReadOnlySet{T}"/> of strings in the request
/// items under <see cref="GrantedScopesItem"/>; a request without them is granted none. The directive on a type instead
/// of a field stops start-up: this engine would not enforce it there.
/// </summary>
public sealed class RequiresScopes(
    Func<IResolverContext, IReadOnlySet<string>>? grantedScopes = null,
    string directiveName = RequiresScopes.DirectiveName
) : ISchemaModule
{
    /// <summary>The directive's name as the federation specification spells it.</summary>
    public const string DirectiveName = "requiresScopes";

    /// <summary>The <c>extensions.code</c> of a field selected without the scopes it requires.</summary>
    public const string ErrorCode = "FORBIDDEN";

    /// <summary>The request item holding the granted scopes when no other source is given.</summary>
    public const string GrantedScopesItem = "CustomerGraph.GrantedScopes";

    private static readonly IReadOnlySet<string> NoScopes = new HashSet<string>();

    private readonly Func<IResolverContext, IReadOnlySet<string>> _grantedScopes =
        grantedScopes ?? FromRequestItems;
    private readonly Dictionary<string, ScopeRequirement> _required = new(StringComparer.Ordinal);

    /// <summary>
    /// Requires <paramref name="requirement"/> of a field the SDL cannot annotate (e.g. one a module generates, such
    /// as <c>Query._entities</c>), by its coordinate; combined with any <c>@requiresScopes</c> the field has.
    /// </summary>
    public RequiresScopes Require(string coordinate, ScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        _required[coordinate] = _required.TryGetValue(coordinate, out var existing)
            ? existing.And(requirement)
            : requirement;
        return this;
    }

    /// <summary>Checks every use of the directive, then guards the fields that require scopes.</summary>
    public void Bind(ResolverBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var problems = new List<GraphQLError>();
        foreach (var type in bindings.Schema.Types)
        {
            if (type.AppliedDirectives.FirstOrDefault(d => d.Name.Value == directiveName) is { } onType)
                problems.Add(
                    Problem(
                        $"@{directiveName} on the type {type.Name} is not enforced by this engine: put it on the fields that need the scopes.",
                        onType
                    )
                );
            if (type is ComplexType complex)
                foreach (var field in complex.Fields)
                    OwnRequirement(field, problems);
        }
        foreach (var coordinate in _required.Keys)
            if (FindField(bindings.Schema, coordinate) is null)
                problems.Add(
                    new GraphQLError(
                        $"Cannot require scopes of \"{coordinate}\": the schema has no such field."
                    )
                );
        foreach (var problem in problems)
            bindings.Report(problem);
        bindings.Guard(GuardOf);
    }

    /// <summary>Everything <paramref name="field"/> requires: its own directive, its interfaces' and <see cref="Require"/>'s.</summary>
    public ScopeRequirement? RequirementOf(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var requirement = OwnRequirement(field, null);
        foreach (var implemented in field.DeclaringType?.Interfaces ?? [])
            if (implemented.GetField(field.Name) is { } interfaceField)
                requirement = Both(requirement, OwnRequirement(interfaceField, null));
        if (field.DeclaringType is { } owner)
            requirement = Both(requirement, _required.GetValueOrDefault($"{owner.Name}.{field.Name}"));
        return requirement;
    }

    private FieldGuard? GuardOf(FieldDefinition field)
    {
        if (RequirementOf(field) is not { } requirement)
            return null;
        var coordinate = $"{field.DeclaringType!.Name}.{field.Name}";
        string[][] required = [.. requirement.Alternatives.Select(scopes => scopes.ToArray())];
        return context =>
        {
            if (requirement.MissingFrom(_grantedScopes(context)) is not { } missing)
                return;
            var message =
                $"{coordinate} needs the scope{(missing.Count == 1 ? "" : "s")} "
                + string.Join(" and ", missing.Select(scope => $"\"{scope}\""))
                + ", which the request was not granted."
                + (requirement.Alternatives.Count > 1 ? $" It accepts {requirement}." : "");
            throw new GraphQLException(
                message,
                ErrorCode,
                new Dictionary<string, object?> { ["requiredScopes"] = required, ["missingScopes"] = missing }
            );
        };
    }

    private ScopeRequirement? OwnRequirement(FieldDefinition field, List<GraphQLError>? problems)
    {
        var directive = field.AppliedDirectives.FirstOrDefault(d => d.Name.Value == directiveName);
        if (directive is null)
            return null;
        var scopes = directive.Arguments.FirstOrDefault(a => a.Name.Value == "scopes")?.Value;
        if (
            scopes is ListValueNode { Values.Count: > 0 } outer
            && outer.Values.All(inner =>
                inner is ListValueNode { Values.Count: > 0 } all
                && all.Values.All(scope => scope is StringValueNode { Value.Length: > 0 })
            )
        )
            return new ScopeRequirement(
                outer.Values.Select(inner =>
                    ((ListValueNode)inner).Values.Select(scope => ((StringValueNode)scope).Value)
                )
            );
        problems?.Add(
            Problem(
                $"@{directiveName} on {field.DeclaringType?.Name}.{field.Name} needs scopes: a non-empty list of non-empty lists of scope names, e.g. [[\"read\"]].",
                directive
            )
        );
        return null;
    }

    private static ScopeRequirement? Both(ScopeRequirement? first, ScopeRequirement? second) =>
        first is null ? second
        : second is null ? first
        : first.And(second);

    private static IReadOnlySet<string> FromRequestItems(IResolverContext context) =>
        context.RequestItems.TryGetValue(GrantedScopesItem, out var granted)
            ? granted switch
            {
                IReadOnlySet<string> set => set,
                IEnumerable<string> scopes => scopes.ToHashSet(StringComparer.Ordinal),
                _ => NoScopes,
            }
            : NoScopes;

    private static FieldDefinition? FindField(Schema schema, string coordinate)
    {
        var dot = coordinate.IndexOf('.');
        return dot > 0 && schema.GetType(coordinate[..dot]) is ComplexType type
            ? type.GetField(coordinate[(dot + 1)..])
            : null;
    }

    private static GraphQLError Problem(string message, DirectiveNode directive) =>
        new(message, [new SourceLocation(directive.Location.Line, directive.Location.Column)]);
}
