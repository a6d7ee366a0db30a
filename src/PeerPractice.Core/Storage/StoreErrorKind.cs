namespace PeerPractice;

/// <summary>What went wrong with a store, so an app can react to the kind rather than parse a message.</summary>
public enum StoreErrorKind
{
    /// <summary>The file or database is not a PeerPractice store (another format, or corrupt). Nothing was written.</summary>
    NotAStore,

    /// <summary>The store was written by a newer PeerPractice (a schema this version does not know). Nothing was written.</summary>
    NewerSchema,

    /// <summary>Another process holds the store's write lock. Nothing was written; try again once it is closed.</summary>
    Locked,

    /// <summary>The private-note key is missing, unreadable, malformed or not the key the store was written with. Nothing was written.</summary>
    NoteKey,

    /// <summary>An append named an expected sequence that is no longer the session's last: another writer appended first. Nothing was written; reload and retry.</summary>
    StaleSequence,

    /// <summary>A session with that id already exists.</summary>
    AlreadyExists,

    /// <summary>No session with that id (or no round with that number).</summary>
    NotFound,

    /// <summary>Another writer (process or thread) has claimed the session. Nothing was written.</summary>
    SessionInUse,

    /// <summary>The write itself failed (read-only file, full disk, I/O error). The transaction was rolled back; the session stays as it was.</summary>
    WriteFailed,

    /// <summary>Stored data does not read back (damaged rows). Nothing was written.</summary>
    Damaged,
}
