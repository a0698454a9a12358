namespace Bot.Features.Wallet;

/// <summary>Why an answer is not an amount the bot accepts.</summary>
public enum AmountError
{
    None,

    /// <summary>No number in it ("сто", "abc", "5a").</summary>
    NotANumber,

    /// <summary>Zero or negative.</summary>
    NotPositive,

    /// <summary>Roubles and kopecks ("10.50", "10,5"): whole roubles only.</summary>
    Fraction,

    /// <summary>Over <c>Wallet:MaxAmount</c>.</summary>
    TooLarge,
}
