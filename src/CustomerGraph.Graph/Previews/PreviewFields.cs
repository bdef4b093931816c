using System.Text.RegularExpressions;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Previews;

/// <summary>
/// Guards every field the SDL marks <c>@preview(codeName:)</c> (on the field, or on the interface field it
/// implements): unless the request's <c>TU-PREVIEW</c> header names the code name, the field fails with
/// <c>PREVIEW_NOT_ENABLED</c> before its resolver runs. Start-up stops on a code name that cannot be sent in the
/// header or that the field's description does not state. Requests carry the code names they enable in their items
/// (<see cref="PreviewHeader.ItemKey"/>), so any host of the graph runs the same guard.
/// </summary>
public sealed partial class PreviewFields : ISchemaModule
{
    /// <summary>The directive that marks a preview field: <c>@preview(codeName: String!)</c>.</summary>
    public const string DirectiveName = "preview";

    /// <summary>The <c>extensions.code</c> of a preview field selected without its code name.</summary>
    public const string ErrorCode = "PREVIEW_NOT_ENABLED";

    /// <summary>Checks every <c>@preview</c> use, then guards the fields that carry one.</summary>
    public void Bind(ResolverBindings bindings)
    {
        var problems = new List<GraphQLError>();
        foreach (var type in bindings.Schema.Types)
            if (type is ComplexType complex)
                foreach (var field in complex.Fields)
                    Check(complex, field, problems);
        foreach (var problem in problems)
            bindings.Report(problem);
        bindings.Guard(GuardOf);
    }

    /// <summary>The code name a field (or an interface field it implements) is a preview of, if any.</summary>
    private static string? CodeNameOf(FieldDefinition field)
    {
        if (OwnCodeNameOf(field) is { } own)
            return own;
        foreach (var implemented in field.DeclaringType?.Interfaces ?? [])
            if (
                implemented.GetField(field.Name) is { } interfaceField
                && OwnCodeNameOf(interfaceField) is { } inherited
            )
                return inherited;
        return null;
    }

    private static FieldGuard? GuardOf(FieldDefinition field)
    {
        if (CodeNameOf(field) is not { } codeName)
            return null;
        var coordinate = $"{field.DeclaringType!.Name}.{field.Name}";
        var message =
            $"{coordinate} is a preview field: send the header \"{PreviewHeader.Name}: {codeName}\" to select it.";
        var extensions = new Dictionary<string, object?> { ["codeName"] = codeName };
        return context =>
        {
            if (
                context.RequestItems.TryGetValue(PreviewHeader.ItemKey, out var enabled)
                && enabled is IReadOnlySet<string> codeNames
                && codeNames.Contains(codeName)
            )
                return;
            throw new GraphQLException(message, ErrorCode, extensions);
        };
    }

    private static string? OwnCodeNameOf(FieldDefinition field)
    {
        foreach (var directive in field.AppliedDirectives)
            if (directive.Name.Value == DirectiveName)
                return CodeNameArgument(directive) is StringValueNode codeName ? codeName.Value : "";
        return null;
    }

    private static ValueNode? CodeNameArgument(DirectiveNode directive) =>
        directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "codeName")?.Value;

    private static void Check(ComplexType type, FieldDefinition field, List<GraphQLError> problems)
    {
        if (CodeNameOf(field) is not { } codeName)
            return;
        var coordinate = $"{type.Name}.{field.Name}";
        if (!CodeNamePattern().IsMatch(codeName))
            problems.Add(
                new GraphQLError(
                    $"The @{DirectiveName} code name of {coordinate} must be a string of letters, digits, '.', '_' or '-' (it travels in a comma-separated header)."
                )
            );
        else if (field.Description?.Contains(codeName, StringComparison.OrdinalIgnoreCase) != true)
            problems.Add(
                new GraphQLError(
                    $"The description of preview field {coordinate} must state its code name \"{codeName}\" (e.g. \"send the header `{PreviewHeader.Name}: {codeName}`\")."
                )
            );
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodeNamePattern();
}
