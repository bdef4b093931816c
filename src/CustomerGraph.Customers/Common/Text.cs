namespace CustomerGraph.Customers.Common;

/// <summary>Normalizes free-text input the same way for every entity.</summary>
internal static class Text
{
    /// <summary>Trims <paramref name="value"/>; blank text counts as absent.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
