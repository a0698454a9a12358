namespace Bot.Engine.Hosting;

/// <summary>
/// A sandbox that calls the bot back, as the outside system's webhook does (YCLIENTS' record events, say): in
/// Emulator mode, once it listens, the local host POSTs <c>{"url":"{its URL}{BotRoute}?code={its function key}"}</c>
/// to <c>{its URL}{RegistrationPath}</c>, so a developer running the bot gets the webhook without typing anything.
/// <paramref name="BotRoute"/> is a route of the bot behind the function key (an <see cref="IKeyedRoutes"/> route,
/// which takes the key in <c>?code=</c> because the outside system signs nothing).
/// The local host's <c>LocalHost:SandboxWebhooks=false</c> turns the registrations off (tests that drive the timer
/// alone). Registered only for a sandbox the host applied (its setting was not configured).
/// </summary>
/// <param name="RegistrationPath">The emulator's registration route, starting with '/', e.g. "/emulator/yclients/webhook".</param>
/// <param name="BotRoute">The bot's route the sandbox should call, starting with '/', e.g. "/api/yclients/webhook".</param>
public sealed record EmulatorSandboxWebhook(string RegistrationPath, string BotRoute)
{
    /// <summary>The URL the sandbox is given for a host at <paramref name="baseUrl"/> with <paramref name="functionKey"/>.</summary>
    public string CallbackUrlFor(string baseUrl, string functionKey) =>
        baseUrl.TrimEnd('/') + BotRoute + "?code=" + Uri.EscapeDataString(functionKey);
}
