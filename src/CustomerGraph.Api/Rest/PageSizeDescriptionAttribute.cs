using System.ComponentModel;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.Rest;

/// <summary>The description of a list's <c>size</c> parameter, with the page sizes the domain defines.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PageSizeDescriptionAttribute(string items)
    : DescriptionAttribute($"{items} per page, 1 to {PageSizes.Max}. Default {PageSizes.Default}.");
