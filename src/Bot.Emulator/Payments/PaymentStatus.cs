namespace Bot.Emulator.Payments;

/// <summary>YooKassa's payment statuses, spelled as the API spells them.</summary>
internal static class PaymentStatus
{
    public const string Pending = "pending";
    public const string WaitingForCapture = "waiting_for_capture";
    public const string Succeeded = "succeeded";
    public const string Canceled = "canceled";
}
