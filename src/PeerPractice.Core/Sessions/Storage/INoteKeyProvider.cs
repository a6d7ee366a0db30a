namespace PeerPractice.Sessions;

/// <summary>
/// Supplies the 256-bit key that private notes are encrypted with. The library ships a key file
/// (<see cref="NoteKeyFile"/>), an environment variable (<see cref="NoteKeyFromEnvironment"/>) and an
/// in-process key for tests (<see cref="EphemeralNoteKey"/>); apps plug their own (ASP.NET Core Data
/// Protection, a cloud key vault) by implementing this interface. Every problem is a
/// <see cref="StoreException"/> of kind <see cref="StoreErrorKind.NoteKey"/> that says where the key
/// was looked for and what to do.
/// </summary>
public interface INoteKeyProvider
{
    /// <summary>Where the key comes from, for messages (for example <c>key file /home/me/.config/PeerPractice/notes.key</c>).</summary>
    string Description { get; }

    /// <summary>Returns the key (32 bytes), or null when none exists yet.</summary>
    /// <returns>A fresh copy of the key, which the caller clears after use.</returns>
    /// <exception cref="StoreException">The key exists but cannot be read or is not a 256-bit key.</exception>
    byte[]? LoadKey();

    /// <summary>
    /// Creates and keeps a new key. Called only for a store that has never had a key: a store that
    /// has notes never gets a new key, or they would be lost.
    /// </summary>
    /// <returns>A fresh copy of the new key.</returns>
    /// <exception cref="StoreException">This provider cannot create keys, or the key cannot be kept.</exception>
    byte[] CreateKey();
}
