namespace Bot.Features.Loyalty.YClients;

/// <summary>One event of YCLIENTS' webhook: <c>{"company_id","resource","resource_id","status","data"}</c>.
/// <see cref="Record"/> is set for <c>resource: "record"</c> (a delete without data gives a record with
/// only its id and <c>Deleted</c>); other resources (client, finance_operation…) carry none. A record event whose
/// data cannot be read carries <see cref="Problem"/> (reason and raw JSON) instead of a record.</summary>
public sealed record YClientsWebhookEvent(long CompanyId, string Resource, long ResourceId, string Status, YClientsRecord? Record, YClientsRecordProblem? Problem = null)
{
    public const string RecordResource = "record";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
}
