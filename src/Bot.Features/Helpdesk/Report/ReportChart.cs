using System.Globalization;
using ScottPlot;

namespace Bot.Features.Helpdesk.Report;

/// <summary>The report as a PNG: orders created and done per client and done per contractor, drawn with ScottPlot on
/// SkiaSharp 3 with DejaVu Sans carried in the assembly (so Cyrillic renders on a bare Linux host and in Azure).</summary>
public static class ReportChart
{
    public const int Width = 900;
    public const int Height = 500;
    public const string FontName = "DejaVu Sans";
    private static readonly Lazy<string> FontFile = new(ExtractFont);

    /// <summary>The chart's title: «Отчёт dd.MM.yyyy — dd.MM.yyyy» (the admin API's PNG and the owner's /report).</summary>
    public static string Title(HelpdeskReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"Отчёт {report.From:dd.MM.yyyy} — {report.To:dd.MM.yyyy}");

    public static byte[] Png(HelpdeskReport report, string title)
    {
        Fonts.AddFontFile(FontName, FontFile.Value, bold: false, italic: false);
        var plot = new Plot();
        plot.Font.Set(FontName);
        var labels = new List<string>();
        var position = 0.0;
        foreach (var client in report.Clients)
        {
            plot.Add.Bar(new Bar { Position = position - 0.2, Value = client.Created, Size = 0.4, FillColor = Colors.SteelBlue });
            plot.Add.Bar(new Bar { Position = position + 0.2, Value = client.Done, Size = 0.4, FillColor = Colors.SeaGreen });
            labels.Add(Short(client.Name));
            position++;
        }

        foreach (var contractor in report.Contractors)
        {
            plot.Add.Bar(new Bar { Position = position - 0.2, Value = contractor.Taken, Size = 0.4, FillColor = Colors.Orange });
            plot.Add.Bar(new Bar { Position = position + 0.2, Value = contractor.Done, Size = 0.4, FillColor = Colors.SeaGreen });
            labels.Add(Short(contractor.Name));
            position++;
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel("Заказы");
        plot.XLabel(string.Create(CultureInfo.InvariantCulture,
            $"Клиенты: создано / выполнено · Подрядчики: взято / выполнено · Нарушений SLA: {report.Breaches.Count}"));
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string Short(string name) => name.Length <= 14 ? name : name[..13] + "…";

    /// <summary>ScottPlot loads fonts from files: the embedded TTF is written once per process to a temp file.</summary>
    private static string ExtractFont()
    {
        var path = Path.Combine(Path.GetTempPath(), "bot-fonts", "DejaVuSans-" + typeof(ReportChart).Assembly.ManifestModule.ModuleVersionId.ToString("N") + ".ttf");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var resource = typeof(ReportChart).Assembly.GetManifestResourceStream("Bot.Features.Helpdesk.DejaVuSans.ttf")
                ?? throw new InvalidOperationException("The embedded font DejaVuSans.ttf is missing.");
            var temp = path + "." + Guid.NewGuid().ToString("N");
            using (var file = File.Create(temp))
            {
                resource.CopyTo(file);
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }
}
