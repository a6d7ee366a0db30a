using System.Security.Cryptography;

namespace PeerPractice.Sessions;

/// <summary>
/// A key that lives only as long as this object: for tests and the in-memory store, whose notes do
/// not outlive the process anyway.
/// </summary>
public sealed class EphemeralNoteKey : INoteKeyProvider
{
    private byte[]? _key;

    /// <inheritdoc />
    public string Description => "in-process key";

    /// <inheritdoc />
    public byte[]? LoadKey() => (byte[]?)_key?.Clone();

    /// <inheritdoc />
    public byte[] CreateKey()
    {
        _key ??= RandomNumberGenerator.GetBytes(NoteKeyText.KeySize);
        return (byte[])_key.Clone();
    }
}
