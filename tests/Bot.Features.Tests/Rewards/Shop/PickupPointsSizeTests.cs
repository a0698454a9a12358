using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Bot.Engine;
using Bot.Engine.Reference;
using Bot.Features.Rewards.Shop;
using Xunit.Abstractions;

namespace Bot.Features.Tests.Rewards.Shop;

/// <summary>The measurement behind keeping pickup points out of the reference snapshot (in
/// <see cref="PickupStore"/>, searched by <see cref="PickupLookupEffect"/>): 50 000 realistic Russian addresses
/// are about 10 MB of JSON (Cyrillic is escaped), 1.3 MB gzipped — two thirds of the snapshot's limit — and
/// seconds to deserialize, which every instance's processor would pay under its snapshot lock whenever the list
/// changes. The figures are printed; the test asserts that such a list would take over half the snapshot's
/// limit (so the decision stands) and that the search finds ё/е matches.</summary>
public sealed class PickupPointsSizeTests(ITestOutputHelper output)
{
    private static readonly string[] Cities = ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород", "Челябинск", "Самара", "Омск", "Ростов-на-Дону", "Королёв", "Тула"];
    private static readonly string[] Streets = ["Ленинградский проспект", "улица Ленина", "Варшавское шоссе", "Большая Черкизовская улица", "проспект Мира", "улица Гагарина", "Садовая улица", "улица Пушкина"];

    [Fact]
    public void FiftyThousandPickupPoints_AreTooLargeForTheSnapshot_AndSearchInMemory()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 50_000)
            .Select(i => new PickupPoint(Guid.NewGuid().ToString("N"), $"{Cities[random.Next(Cities.Length)]} {Streets[random.Next(Streets.Length)]} {random.Next(1, 300)} к{random.Next(1, 9)}"))
            .ToList();
        var json = JsonSerializer.SerializeToUtf8Bytes(new PickupPoints(points), EngineJson.Options);
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true))
        {
            zip.Write(json);
        }

        var load = Stopwatch.StartNew();
        var loaded = JsonSerializer.Deserialize<PickupPoints>(json, EngineJson.Options);
        load.Stop();
        var first = Stopwatch.StartNew();
        var found = loaded!.Search("королев").Count;
        first.Stop();
        var second = Stopwatch.StartNew();
        loaded.Search("москва ленинградский");
        second.Stop();
        output.WriteLine($"50000 points: JSON {json.Length / 1024} KiB, gzipped {gz.Length / 1024} KiB (limit {ReferenceData.MaxStoredBytes / 1024} KiB); " +
                         $"deserialize {load.ElapsedMilliseconds} ms; first search (normalises) {first.ElapsedMilliseconds} ms, next {second.ElapsedMilliseconds} ms; 'королев' → {found}");

        Assert.True(gz.Length > ReferenceData.MaxStoredBytes / 2, $"gzipped {gz.Length} bytes");
        Assert.True(found > 0);
    }
}
