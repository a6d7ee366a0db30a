using System;

namespace PeerPractice.Calendar;

/// <summary>One change of a zone's UTC offset.</summary>
/// <param name="Utc">The instant of the change.</param>
/// <param name="OffsetFrom">The offset before it.</param>
/// <param name="OffsetTo">The offset after it.</param>
/// <param name="IsDaylight">Whether the new offset is daylight saving time.</param>
internal readonly record struct ZoneTransition(DateTime Utc, TimeSpan OffsetFrom, TimeSpan OffsetTo, bool IsDaylight)
{
    /// <summary>Wall-clock time of the change as the old offset reads it, which is how RFC 5545 writes an onset.</summary>
    public DateTime LocalOnset => Utc + OffsetFrom;
}
