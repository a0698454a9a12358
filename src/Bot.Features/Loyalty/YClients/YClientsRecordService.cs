namespace Bot.Features.Loyalty.YClients;

/// <summary>A service of a record: <c>cost</c> is what the client pays for it (after discount, times
/// <c>amount</c>), <c>first_cost</c> the price before the discount.</summary>
public sealed record YClientsRecordService(long Id, string Title, decimal Cost, decimal? FirstCost, decimal? Discount, decimal Amount);
