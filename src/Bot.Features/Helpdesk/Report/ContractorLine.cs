namespace Bot.Features.Helpdesk.Report;

/// <summary>A contractor's orders in the period: taken, done, payout (ORDER_RATE × done), average minutes to take and to finish.</summary>
public sealed record ContractorLine(long UserId, string Name, int Taken, int Done, decimal Payout, double? AvgMinutesToTake, double? AvgMinutesToFinish);
