namespace Bot.Engine.Outbox;

/// <summary>An inline button: callback data (at most 64 bytes) or a URL.</summary>
public sealed record Button(string Text, string? Data = null, string? Url = null)
{
    public const int MaxDataBytes = 64;

    public static Button Callback(string text, string data)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(data) > MaxDataBytes)
        {
            throw new ArgumentException($"Callback data '{data}' is over {MaxDataBytes} bytes.", nameof(data));
        }

        return new Button(text, Data: data);
    }

    public static Button Link(string text, string url) => new(text, Url: url);
}
