namespace Bot.Emulator.BotApi;

/// <summary>One Bot API method: parameters in, result out, errors as <see cref="BotApiException"/>.</summary>
internal delegate Task<BotApiResult> BotApiHandler(BotApiParameters parameters, CancellationToken ct);
