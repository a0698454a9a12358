namespace Bot.Features.Rewards.Walks;

/// <summary>A finished walk as the admin export shows it (<c>GET /api/admin/rewards/walks</c>).</summary>
public sealed record WalkRecord(
    string WalkId,
    long UserId,
    string? FirstName,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long Steps,
    decimal TemperatureC,
    string TemperatureSource,
    decimal Coefficient,
    long Points,
    string? FamilyId);
