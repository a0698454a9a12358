namespace Bot.Features.Loyalty.YClients;

/// <summary>The client of a record as YCLIENTS gives it; <see cref="Phone"/> is raw (normalise it with
/// <see cref="Common.Phones"/>).</summary>
public sealed record YClientsRecordClient(long Id, string? Name, string? Phone, string? Email);
