using System;
using System.Globalization;

namespace PeerPractice.Calendar;

/// <summary>RFC 5545 weekday spellings: <c>2TU</c> is the second Tuesday, <c>-1FR</c> the last Friday.</summary>
internal static class WeekdayRule
{
    /// <summary>Which occurrence of its weekday <paramref name="date"/> is: 1 to 4, or -1 for one in the last seven days of the month.</summary>
    public static string Ordinal(DateOnly date)
    {
        var daysInMonth = DateTime.DaysInMonth(date.Year, date.Month);
        if (date.Day + 7 > daysInMonth)
        {
            return "-1";
        }

        return (((date.Day - 1) / 7) + 1).ToString(CultureInfo.InvariantCulture);
    }

    public static string Code(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "MO",
        DayOfWeek.Tuesday => "TU",
        DayOfWeek.Wednesday => "WE",
        DayOfWeek.Thursday => "TH",
        DayOfWeek.Friday => "FR",
        DayOfWeek.Saturday => "SA",
        _ => "SU",
    };
}
