using PeerPractice.Agendas;

namespace PeerPractice.Calendar;

/// <summary>How a monthly or quarterly meeting lands in its month.</summary>
public enum MonthlyPattern
{
    /// <summary>The same weekday of the same week, such as the second Tuesday (or the last Friday): meetings never fall on a weekend.</summary>
    SameWeekday,

    /// <summary>The same day of the month, such as the 8th.</summary>
    SameDate,
}

/// <summary>A recurring cadence for a meeting, written as an RFC 5545 <c>RRULE</c>.</summary>
/// <param name="Cadence">How often: <see cref="Cadence.Monthly"/>, <see cref="Cadence.Quarterly"/>, or whole weeks or days.</param>
/// <param name="Count">How many meetings in all, the first included; null for no end.</param>
/// <param name="Pattern">For month-based cadences, how the meeting lands in its month.</param>
public sealed record MeetingRecurrence(Cadence Cadence, int? Count, MonthlyPattern Pattern = MonthlyPattern.SameWeekday);
