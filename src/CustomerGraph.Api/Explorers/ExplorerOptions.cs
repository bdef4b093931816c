namespace CustomerGraph.Api.Explorers;

/// <summary>Explorer settings (configuration section <c>GraphQL:Explorer</c>).</summary>
public sealed class ExplorerOptions
{
    public const string Section = "GraphQL:Explorer";

    /// <summary>Which explorer a browser gets at the GraphQL endpoint; GraphiQL also has its own path unless None.</summary>
    public ExplorerKind Kind { get; set; } = ExplorerKind.GraphiQL;

    /// <summary>Where GraphiQL lives besides the endpoint.</summary>
    public string GraphiQLPath { get; set; } = "/graphiql";

    /// <summary>The product's name, shown in the page titles and as GraphiQL's logo.</summary>
    public string Title { get; set; } = "CustomerGraph";

    /// <summary>What GraphiQL's editor opens with (until the browser has a query of its own saved).</summary>
    public string ExampleQuery { get; set; } = DefaultExampleQuery;

    /// <summary>A page of customers with their contacts and the page's position, as a first query to run.</summary>
    public const string DefaultExampleQuery = """
        # Welcome to CustomerGraph. Run this query with the ▶ button (or Ctrl-Enter):
        # the first page of customers by name, each with its first contacts, and where the page sits in the list.
        # Pass pageInfo.endCursor as `after` for the next page.
        # Anonymous on purpose: GraphiQL re-reads a document's operation name only after a debounce, so a named
        # example replaced and run at once would send its stale name (OPERATION_NOT_FOUND).
        {
          customers(first: 10, sort: { by: NAME }) {
            pageInfo {
              count
              hasNextPage
              endCursor
            }
            nodes {
              customerId
              name
              type
              email
              contacts(first: 3) {
                nodes {
                  name
                  email
                  phoneNumber
                }
              }
            }
          }
        }

        """;
}
