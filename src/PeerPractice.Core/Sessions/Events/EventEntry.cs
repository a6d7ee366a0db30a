using System;

namespace PeerPractice.Sessions;

/// <summary>
/// One log entry as a small struct (32 bytes), so appending to the log costs no allocation beyond the
/// array's amortized growth. <see cref="Subject"/> and <see cref="Item"/> are indexes into the
/// session's participants, items, agreements, notes or action items, depending on <see cref="Kind"/>.
/// </summary>
internal readonly record struct EventEntry(EventKind Kind, bool Flag, int Subject, int Item, long AtUtcTicks, long AmountTicks)
{
    public DateTimeOffset At => new(AtUtcTicks, TimeSpan.Zero);

    public TimeSpan Amount => TimeSpan.FromTicks(AmountTicks);
}
