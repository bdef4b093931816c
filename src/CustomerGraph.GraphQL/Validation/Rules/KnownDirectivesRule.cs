// Every directive used is defined (by the schema or the document) and allowed where it is used.
// Spec 5.7.1 Directives Are Defined, 5.7.2 Directives Are in Valid Locations.
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation.Rules;

/// <summary>Reports unknown directives, and directives used at a location their definition does not list.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private Dictionary<string, HashSet<string>>? _locationsByDirective;

    public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
        _locationsByDirective ??= CollectLocations();
        var name = node.Name.Value;
        if (!_locationsByDirective.TryGetValue(name, out var locations))
        {
            Report($"Unknown directive \"@{name}\".", node);
            return;
        }
        var locationName = location.ToName();
        if (!locations.Contains(locationName))
            Report($"Directive \"@{name}\" may not be used on {locationName}.", node);
    }

    private Dictionary<string, HashSet<string>> CollectLocations()
    {
        var locationsByDirective = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var directive in Schema.Directives)
            locationsByDirective[directive.Name] =
            [
                .. directive.Locations.Select(DirectiveLocationNames.ToName),
            ];
        foreach (var definition in Context.Document.Definitions)
            if (definition is DirectiveDefinitionNode directive)
                locationsByDirective[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
        return locationsByDirective;
    }
}
