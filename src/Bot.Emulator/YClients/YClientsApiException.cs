namespace Bot.Emulator.YClients;

/// <summary>An error of the YCLIENTS API, answered as <c>{"success":false,"data":null,"meta":{"message":"…"}}</c>
/// (with <c>meta.errors</c> for validation errors).</summary>
internal sealed class YClientsApiException(int statusCode, string message, IReadOnlyDictionary<string, string>? errors = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyDictionary<string, string>? Errors { get; } = errors;

    public static YClientsApiException Unauthorized() => new(401, "Необходима авторизация");

    public static YClientsApiException Invalid(string field, string message) =>
        new(422, "Ошибка валидации", new Dictionary<string, string> { [field] = message });
}
