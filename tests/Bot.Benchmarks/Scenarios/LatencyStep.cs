namespace Bot.Benchmarks.Scenarios;

/// <summary>One sustained rate of webhook calls: answer latency from the moment each call was due.</summary>
internal sealed record LatencyStep(int Rate, int Sent, int Errors, double P50Ms, double P99Ms, double MaxMs, double AchievedRate)
{
    public const double P99LimitMs = 50;

    public bool Held => Errors == 0 && P99Ms < P99LimitMs;
}
