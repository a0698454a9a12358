namespace Bot.Features.Admin;

/// <summary>Keys of the admin flow in <c>Session.Data</c>.</summary>
public static class AdminData
{
    /// <summary>The key of the last balance change refused because the balance would go below zero;
    /// the endpoint reads it after processing to answer 400.</summary>
    public const string Refused = "admin.refused";
}
