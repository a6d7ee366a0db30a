using System;

namespace PeerPractice.Sessions;

/// <summary>Who may see a note. Notes are private to the participants unless marked shareable.</summary>
public enum NoteVisibility
{
    /// <summary>Never leaves the session: no export, summary or rendered document includes it.</summary>
    Private,

    /// <summary>May appear in summaries and follow-ups.</summary>
    Shareable,
}

/// <summary>A note taken during a session.</summary>
/// <param name="Author">The participant id of who wrote it.</param>
/// <param name="Text">The note.</param>
/// <param name="Visibility">Private by default; shareable notes may appear in documents.</param>
/// <param name="At">When it was taken, from the session's <see cref="TimeProvider"/>.</param>
/// <param name="ItemId">The agenda item it was taken during, or null outside items.</param>
public sealed record SessionNote(string Author, string Text, NoteVisibility Visibility, DateTimeOffset At, string? ItemId);
