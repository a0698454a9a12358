namespace Bot.Features.Loyalty.Admin;

/// <summary>An admin's adjustment by phone (the body of <c>POST /api/admin/loyalty/adjust</c>, and the payload of
/// <see cref="LoyaltyEffects.Adjust"/>): positive accrues, negative deducts.</summary>
public sealed record AdjustRequest(string Phone, long Points, string Reason);
