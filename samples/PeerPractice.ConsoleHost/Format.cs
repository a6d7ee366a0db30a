using System.Globalization;

namespace PeerPractice.ConsoleHost;

/// <summary>How the host writes times and shares, the same everywhere.</summary>
internal static class Format
{
    /// <summary>The library's one duration formatter ("4 min 30 s", "1 h 30 min"), so the host and documents agree.</summary>
    public static string Duration(TimeSpan span) => DurationText.Format(span);

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
