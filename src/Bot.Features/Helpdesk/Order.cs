namespace Bot.Features.Helpdesk;

/// <summary>A client's order, the shared record several users change (the client, every contractor told of
/// it, the SLA timer). Kept in <see cref="HelpdeskTables.Orders"/> through SharedRecords; the reaction and
/// resolution times are the tariff's when the order was created.</summary>
public sealed record Order
{
    public required string OrderId { get; init; }
    public required long ClientId { get; init; }
    public string ClientName { get; init; } = "";
    public required string Description { get; init; }
    public string? PhotoFileId { get; init; }
    public string Status { get; init; } = OrderStatus.Created;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? TakenAt { get; init; }
    public DateTimeOffset? DoneAt { get; init; }
    public long? ContractorId { get; init; }
    public string? ContractorName { get; init; }
    public int? Rating { get; init; }
    public string TariffId { get; init; } = "";
    public required int ReactionMinutes { get; init; }
    public required int ResolutionMinutes { get; init; }

    /// <summary>The client's assigned contractors, told first when the tariff says so.</summary>
    public IReadOnlyList<long> AssignedContractors { get; init; } = [];

    /// <summary>The tariff tells the assigned contractors first, and the client has some.</summary>
    public bool AssignedFirst { get; init; }

    /// <summary>True once every contractor has been told (at once, or by the SLA timer at ASSIGNED_CONTRACTORS_TIME_LIMIT %).</summary>
    public bool Widened { get; init; }

    /// <summary>The managers were told the order is not taken (INFORM_MANAGER_CREATED_PROJECT_LIMIT %).</summary>
    public bool ManagersToldNotTaken { get; init; }

    /// <summary>The managers were told the order in work is not done (INFORM_MANAGER_IN_WORK_PROJECT_LIMIT %).</summary>
    public bool ManagersToldNotDone { get; init; }

    /// <summary>Contractors' copies of the notice (message ids kept through KeepMessageId.ForEffect).</summary>
    public IReadOnlyList<OrderCopy> Copies { get; init; } = [];

    public DateTimeOffset ReactionDeadline => CreatedAt.AddMinutes(ReactionMinutes);

    public DateTimeOffset? ResolutionDeadline => TakenAt?.AddMinutes(ResolutionMinutes);

    /// <summary>The instant <paramref name="percent"/> % of the reaction time has passed.</summary>
    public DateTimeOffset ReactionMark(int percent) => CreatedAt.AddSeconds(ReactionMinutes * 60.0 * percent / 100);

    /// <summary>The instant <paramref name="percent"/> % of the resolution time (from taking) has passed; null until taken.</summary>
    public DateTimeOffset? ResolutionMark(int percent) => TakenAt?.AddSeconds(ResolutionMinutes * 60.0 * percent / 100);
}
