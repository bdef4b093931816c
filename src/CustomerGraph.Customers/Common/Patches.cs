namespace CustomerGraph.Customers.Common;

/// <summary>Applies PATCH fields: an omitted field keeps the current value, a supplied one (even null) replaces it.</summary>
internal static class Patches
{
    /// <summary>The cleaned new text when supplied, otherwise the current text.</summary>
    public static string? Text(Optional<string?> patch, string? current) =>
        patch.HasValue ? Common.Text.Clean(patch.Value) : current;
}
