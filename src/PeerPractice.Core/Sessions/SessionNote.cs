using System;
using System.Collections.Generic;
using PeerPractice.Collections;

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
public sealed record SessionNote(string Author, string Text, NoteVisibility Visibility, DateTimeOffset At, string? ItemId)
{
    /// <summary>
    /// The confidentiality rule, in its one place: the notes that may leave a session for people
    /// (summaries, follow-ups, visit documents, exports), in their order. Private notes never do.
    /// </summary>
    /// <param name="notes">Notes of any visibility.</param>
    public static ValueArray<SessionNote> ShareableOf(IReadOnlyList<SessionNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var shareable = new List<SessionNote>(notes.Count);
        foreach (var note in notes)
        {
            if (note.Visibility == NoteVisibility.Shareable)
            {
                shareable.Add(note);
            }
        }

        return shareable.ToValueArray();
    }
}
