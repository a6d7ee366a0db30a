using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>
/// Encrypts private notes at rest with AES-GCM under a 256-bit key kept in a key file beside the
/// database (owner-only permissions). Each ciphertext is bound to its session and sequence number
/// through the associated data, so a row copied elsewhere in the log does not decrypt.
/// </summary>
internal sealed class NoteProtector : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const string KeyIdMetaKey = "note_key_id";

    private readonly AesGcm _aes;

    private NoteProtector(byte[] key)
    {
        _aes = new AesGcm(key, TagSize);
        KeyId = Convert.ToHexString(SHA256.HashData(key).AsSpan(0, 8));
    }

    /// <summary>A fingerprint of the key (not the key), stored in the database to catch a wrong key file early.</summary>
    public string KeyId { get; }

    /// <summary>
    /// Loads the key file for <paramref name="database"/>, or creates one on first use. A database
    /// that already holds notes under a key refuses a missing or different key file.
    /// </summary>
    public static NoteProtector ForDatabase(HostDatabase database, string keyPath)
    {
        var expectedId = database.GetMeta(KeyIdMetaKey);
        byte[] key;
        if (File.Exists(keyPath))
        {
            key = ReadKey(keyPath);
        }
        else if (expectedId is null)
        {
            key = CreateKey(keyPath);
        }
        else
        {
            throw new HostStorageException(
                $"The note key file {keyPath} is missing, but {database.Path} holds notes encrypted with key {expectedId}. Restore the key file (it is never recreated, or those notes would be lost); nothing was changed.");
        }

        var protector = new NoteProtector(key);
        CryptographicOperations.ZeroMemory(key);
        if (expectedId is null)
        {
            database.SetMeta(KeyIdMetaKey, protector.KeyId);
        }
        else if (!string.Equals(expectedId, protector.KeyId, StringComparison.Ordinal))
        {
            protector.Dispose();
            throw new HostStorageException(
                $"The note key file {keyPath} (key {protector.KeyId}) is not the key {database.Path} was written with ({expectedId}). Use the matching key file; nothing was changed.");
        }

        return protector;
    }

    public byte[] Encrypt(string text, string sessionId, long sequence)
    {
        var plaintext = Encoding.UTF8.GetBytes(text);
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(sessionId, sequence));
        return output;
    }

    public string Decrypt(ReadOnlySpan<byte> stored, string sessionId, long sequence)
    {
        if (stored.Length < NonceSize + TagSize)
        {
            throw new HostStorageException($"An encrypted note of session {sessionId} (event {sequence}) is truncated; the database is damaged.");
        }

        var plaintext = new byte[stored.Length - NonceSize - TagSize];
        try
        {
            _aes.Decrypt(stored[..NonceSize], stored[(NonceSize + TagSize)..], stored.Slice(NonceSize, TagSize), plaintext, AssociatedData(sessionId, sequence));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new HostStorageException($"An encrypted note of session {sessionId} (event {sequence}) does not decrypt with key {KeyId}: wrong key file or a damaged database.", e);
        }

        return Encoding.UTF8.GetString(plaintext);
    }

    public void Dispose() => _aes.Dispose();

    private static byte[] AssociatedData(string sessionId, long sequence)
    {
        var id = Encoding.UTF8.GetBytes(sessionId);
        var data = new byte[id.Length + sizeof(long)];
        id.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(id.Length), sequence);
        return data;
    }

    private static byte[] ReadKey(string keyPath)
    {
        var text = File.ReadAllText(keyPath).Trim();
        try
        {
            var key = Convert.FromBase64String(text);
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new HostStorageException($"The note key file {keyPath} does not hold a 256-bit base64 key. Restore the right key file; nothing was changed.");
    }

    private static byte[] CreateKey(string keyPath)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyPath))!);
        using (var stream = new FileStream(keyPath, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return key;
    }
}
