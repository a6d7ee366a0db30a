namespace PeerPractice.Sessions;

/// <summary>The kind of a logged event; the log stores compact entries and builds the public records on demand.</summary>
internal enum EventKind : byte
{
    Created,
    Acknowledged,
    Started,
    TurnEnded,
    ItemSkipped,
    Extended,
    WentBack,
    Paused,
    Resumed,
    NoteAdded,
    ActionItemAdded,
    Warning,
    Expired,
    Finished,
    Abandoned,
}
