using System.Globalization;

namespace PeerPractice.ConsoleHost;

/// <summary>How the host writes times and shares, the same everywhere.</summary>
internal static class Format
{
    public static string Duration(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        span = span.Duration();
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{span.Minutes}:{span.Seconds:00}");
    }

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
