namespace Bot.Features.Helpdesk;

/// <summary>An order's status as the admin API spells it.</summary>
public static class OrderStatus
{
    public const string Created = "created";
    public const string Taken = "taken";
    public const string Done = "done";
    public const string Cancelled = "cancelled";

    public static bool IsOpen(string status) => status is Created or Taken;

    public static bool IsKnown(string? status) => status is Created or Taken or Done or Cancelled;
}
