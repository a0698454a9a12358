namespace Bot.Engine.Ledger;

public static class Currencies
{
    public const string Rub = "RUB";
    public const string Points = "points";
}
