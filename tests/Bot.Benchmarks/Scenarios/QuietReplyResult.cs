namespace Bot.Benchmarks.Scenarios;

/// <summary>Webhook POST → the emulator receiving the bot's reply, one update at a time after a pause.</summary>
internal sealed record QuietReplyResult(int Messages, TimeSpan Gap, int Replied, int Failures, double P50Ms, double P90Ms, double MinMs, double MaxMs);
