namespace Bot.Emulator.Payments;

/// <summary>An error of the YooKassa API, answered as <c>{"type":"error","id","code","description","parameter"}</c>.</summary>
internal sealed class PaymentApiException(int statusCode, string code, string description, string? parameter = null)
    : Exception(description)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public string Description { get; } = description;

    public string? Parameter { get; } = parameter;

    public static PaymentApiException InvalidRequest(string description, string? parameter = null) =>
        new(400, "invalid_request", description, parameter);
}
