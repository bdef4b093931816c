namespace CustomerGraph.Customers.Common;

/// <summary>The page sizes every list shares, over both surfaces: the graph's connections and the REST pages.</summary>
public static class PageSizes
{
    /// <summary>The size of a page when the client names none.</summary>
    public const int Default = 20;

    /// <summary>The largest page any list returns.</summary>
    public const int Max = 1000;
}
