using System;

namespace PeerPractice.Sessions;

/// <summary>
/// The documented bounds on what a session accepts. A command past one is refused with the reason,
/// like any other refusal, so a bad or hostile input cannot grow a session (or the documents and
/// storage built from it) without bound.
/// </summary>
public static class SessionLimits
{
    /// <summary>The longest note, in UTF-16 characters (about two pages of text).</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>The longest action item, in UTF-16 characters.</summary>
    public const int MaxActionItemLength = 500;

    /// <summary>The longest a single turn's timebox may become through extensions: 24 hours.</summary>
    public static TimeSpan MaxTurnTimebox { get; } = TimeSpan.FromHours(24);
}
