using System;
using System.Globalization;
using System.Text;

namespace PeerPractice.Agendas;

/// <summary>
/// A suggested recurrence as a calendar period (ISO 8601 <c>P1M</c>, <c>P3M</c>, <c>P2W</c>).
/// Months are kept apart from days because a month is not a fixed number of days.
/// </summary>
/// <param name="Months">Whole months (years are stored as twelve months).</param>
/// <param name="Days">Whole days (weeks are stored as seven days).</param>
public readonly record struct Cadence(int Months, int Days)
{
    /// <summary>Every month.</summary>
    public static Cadence Monthly => new(1, 0);

    /// <summary>Every three months.</summary>
    public static Cadence Quarterly => new(3, 0);

    /// <summary>The ISO 8601 spelling, for example <c>P1M</c> or <c>P14D</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        if (Months != 0)
        {
            text.Append(Months.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (Days != 0 || Months == 0)
        {
            text.Append(Days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        return text.ToString();
    }

    /// <summary>Adds this period to <paramref name="start"/>, months first, then days.</summary>
    /// <param name="start">The date and time to advance.</param>
    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddMonths(Months).AddDays(Days);
}
