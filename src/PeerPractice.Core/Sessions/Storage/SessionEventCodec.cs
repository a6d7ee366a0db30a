using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PeerPractice.Sessions;

/// <summary>
/// Turns session events into the bytes a store keeps and back. Private notes are encrypted here,
/// by the library, so no engine has to get it right: AES-GCM under a 256-bit key from an
/// <see cref="INoteKeyProvider"/>, each ciphertext bound to its session id and sequence number
/// (associated data), so a row copied elsewhere in a log does not decrypt. Shareable notes and
/// every other event are stored as plain JSON (<see cref="SessionJsonContext"/>).
/// </summary>
public sealed class SessionEventCodec : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly AesGcm _aes;

    private SessionEventCodec(byte[] key)
    {
        _aes = new AesGcm(key, TagSize);
        KeyId = Convert.ToHexString(SHA256.HashData(key).AsSpan(0, 8));
    }

    /// <summary>A fingerprint of the key (never the key): a store keeps it to refuse a different key later.</summary>
    public string KeyId { get; }

    /// <summary>
    /// Opens the codec for a store. A store that has never had a key (<paramref name="expectedKeyId"/>
    /// null) takes the provider's key, or has it create one; a store that has one refuses a missing
    /// or different key rather than replacing it, since earlier notes would be lost.
    /// </summary>
    /// <param name="keys">Where the key comes from.</param>
    /// <param name="expectedKeyId">The <see cref="KeyId"/> the store recorded, or null.</param>
    /// <param name="storeName">The store, for messages (a file path, a database name).</param>
    /// <returns>The codec; the store records its <see cref="KeyId"/> when it had none.</returns>
    /// <exception cref="StoreException">Of kind <see cref="StoreErrorKind.NoteKey"/> for every key problem.</exception>
    public static SessionEventCodec Open(INoteKeyProvider keys, string? expectedKeyId, string storeName)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var key = keys.LoadKey();
        if (key is null)
        {
            key = expectedKeyId is null
                ? keys.CreateKey()
                : throw new StoreException(
                    StoreErrorKind.NoteKey,
                    $"The note key ({keys.Description}) is missing, but {storeName} holds notes encrypted with key {expectedKeyId}. Restore that key (it is never recreated, or those notes would be lost); nothing was changed.");
        }

        if (key.Length != NoteKeyText.KeySize)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new StoreException(StoreErrorKind.NoteKey, $"The note key ({keys.Description}) is not a 256-bit key. Restore the right key; nothing was changed.");
        }

        var codec = new SessionEventCodec(key);
        CryptographicOperations.ZeroMemory(key);
        if (expectedKeyId is not null && !string.Equals(expectedKeyId, codec.KeyId, StringComparison.Ordinal))
        {
            codec.Dispose();
            throw new StoreException(
                StoreErrorKind.NoteKey,
                $"The note key ({keys.Description}, key {codec.KeyId}) is not the key {storeName} was written with ({expectedKeyId}). Use the matching key; nothing was changed.");
        }

        return codec;
    }

    /// <summary>Whether an event carries private text and is therefore stored encrypted.</summary>
    /// <param name="sessionEvent">The event.</param>
    /// <returns>True for a private note.</returns>
    public static bool IsPrivate(SessionEvent sessionEvent) => sessionEvent is NoteAdded { Note.Visibility: NoteVisibility.Private };

    /// <summary>
    /// Checks that <paramref name="events"/> continue a log that ends at <paramref name="expectedVersion"/>
    /// (numbered from the next sequence, without gaps) and encodes them.
    /// </summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="expectedVersion">The last sequence number before them.</param>
    /// <param name="events">The events.</param>
    /// <returns>The encoded events, in order.</returns>
    /// <exception cref="ArgumentException">The events are not numbered from <paramref name="expectedVersion"/> + 1 without gaps.</exception>
    public IReadOnlyList<EncodedEvent> EncodeAppend(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var encoded = new EncodedEvent[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event {i} is null.", nameof(events));
            if (e.Sequence != expectedVersion + 1 + i)
            {
                throw new ArgumentException($"Event {i} has sequence {e.Sequence}; after version {expectedVersion} it must be {expectedVersion + 1 + i}.", nameof(events));
            }

            encoded[i] = Encode(sessionId, e);
        }

        return encoded;
    }

    /// <summary>Encodes one event.</summary>
    /// <param name="sessionId">The session it belongs to (bound into a private note's ciphertext).</param>
    /// <param name="sessionEvent">The event.</param>
    /// <returns>What a store keeps.</returns>
    public EncodedEvent Encode(string sessionId, SessionEvent sessionEvent)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(sessionEvent);
        var json = JsonSerializer.SerializeToUtf8Bytes(sessionEvent, SessionJsonContext.Default.SessionEvent);
        var kind = sessionEvent.GetType().Name;
        if (!IsPrivate(sessionEvent))
        {
            return new EncodedEvent(sessionEvent.Sequence, kind, false, json);
        }

        var output = new byte[NonceSize + TagSize + json.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, json, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), AssociatedData(sessionId, sessionEvent.Sequence));
        CryptographicOperations.ZeroMemory(json);
        return new EncodedEvent(sessionEvent.Sequence, kind, true, output);
    }

    /// <summary>Decodes one stored event.</summary>
    /// <param name="sessionId">The session it belongs to.</param>
    /// <param name="stored">What the store kept.</param>
    /// <returns>The event.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.NoteKey"/> when a private note does not decrypt; <see cref="StoreErrorKind.Damaged"/> when the bytes are not an event.</exception>
    public SessionEvent Decode(string sessionId, EncodedEvent stored)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        var payload = stored.Payload.Span;
        byte[]? plaintext = null;
        if (stored.Encrypted)
        {
            if (payload.Length < NonceSize + TagSize)
            {
                throw new StoreException(StoreErrorKind.Damaged, $"An encrypted note of session {sessionId} (event {stored.Sequence}) is truncated; the store is damaged.");
            }

            plaintext = new byte[payload.Length - NonceSize - TagSize];
            try
            {
                _aes.Decrypt(payload[..NonceSize], payload[(NonceSize + TagSize)..], payload.Slice(NonceSize, TagSize), plaintext, AssociatedData(sessionId, stored.Sequence));
            }
            catch (AuthenticationTagMismatchException e)
            {
                throw new StoreException(StoreErrorKind.NoteKey, $"An encrypted note of session {sessionId} (event {stored.Sequence}) does not decrypt with key {KeyId}: wrong key or a damaged store.", e);
            }

            payload = plaintext;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(payload, SessionJsonContext.Default.SessionEvent);
            return parsed is not null && parsed.Sequence == stored.Sequence
                ? parsed
                : throw new StoreException(StoreErrorKind.Damaged, $"Event {stored.Sequence} of session {sessionId} does not read back as that event; the store is damaged.");
        }
        catch (JsonException e)
        {
            throw new StoreException(StoreErrorKind.Damaged, $"Event {stored.Sequence} of session {sessionId} is not a session event ({e.Message}); the store is damaged.", e);
        }
        finally
        {
            if (plaintext is not null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _aes.Dispose();

    private static byte[] AssociatedData(string sessionId, long sequence)
    {
        var id = Encoding.UTF8.GetBytes(sessionId);
        var data = new byte[id.Length + sizeof(long)];
        id.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(id.Length), sequence);
        return data;
    }
}
