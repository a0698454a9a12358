namespace Bot.Features.Loyalty.YClients;

/// <summary>
/// A YCLIENTS record (a booked visit), as much of it as the loyalty flow reads. Quirks of real
/// records are absorbed on reading: <see cref="Client"/> may be null, <see cref="VisitId"/> arrives as
/// a number or a string, amounts as numbers or strings, dates with <c>+0900</c> or <c>+09:00</c>.
/// </summary>
/// <param name="Date">The visit's wall-clock time at the company (<c>date</c>, no offset).</param>
/// <param name="Datetime">The visit's start with the company's offset (<c>datetime</c>).</param>
/// <param name="Attendance">2 confirmed, 1 came, 0 waiting, −1 did not come.</param>
/// <param name="PaidFull">1 when the record is fully paid.</param>
/// <param name="CustomFields">The record's custom fields (<c>{}</c> or <c>[]</c> when none), values as text.</param>
public sealed record YClientsRecord(
    long Id,
    long CompanyId,
    IReadOnlyList<YClientsRecordService> Services,
    YClientsRecordClient? Client,
    DateTime? Date,
    DateTimeOffset? Datetime,
    DateTimeOffset? CreateDate,
    DateTimeOffset? LastChangeDate,
    string? VisitId,
    int Attendance,
    int PaidFull,
    bool Deleted,
    IReadOnlyDictionary<string, string> CustomFields);
