namespace Bot.Features.Helpdesk;

/// <summary>The helpdesk's own tables.</summary>
public static class HelpdeskTables
{
    /// <summary>Orders (shared records, partition <see cref="OrdersPartition"/>, row = order id) and their claim rows.</summary>
    public const string Orders = "helpdeskorders";

    public const string OrdersPartition = "o";

    /// <summary>Index rows: <c>open</c> (orders not done), <c>c-{clientId}</c>, <c>k-{contractorId}</c>, <c>all</c>.</summary>
    public const string Index = "helpdeskindex";

    /// <summary>Everyone with a helpdesk role (partition <c>p</c>, row = user id).</summary>
    public const string People = "helpdeskpeople";
}
