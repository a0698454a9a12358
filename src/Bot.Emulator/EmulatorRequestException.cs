namespace Bot.Emulator;

/// <summary>A person-side or control request that cannot be done; answered as <c>{"error":"..."}</c> with the status.</summary>
internal sealed class EmulatorRequestException(int statusCode, string error) : Exception(error)
{
    public int StatusCode { get; } = statusCode;

    public static EmulatorRequestException BadRequest(string error) => new(400, error);

    public static EmulatorRequestException NotFound(string error) => new(404, error);
}
