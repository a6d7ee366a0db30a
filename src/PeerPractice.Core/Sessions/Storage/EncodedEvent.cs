using System;

namespace PeerPractice.Sessions;

/// <summary>
/// An event as an engine stores it: the bytes <see cref="SessionEventCodec"/> produced. An engine
/// keeps the four fields as they are and hands them back for decoding; it never sees private text.
/// </summary>
/// <param name="Sequence">The event's sequence number.</param>
/// <param name="Kind">The event's type name (for queries and diagnostics; not needed to decode).</param>
/// <param name="Encrypted">Whether <paramref name="Payload"/> is ciphertext (a private note).</param>
/// <param name="Payload">UTF-8 JSON, or AES-GCM nonce, tag and ciphertext of it.</param>
public readonly record struct EncodedEvent(long Sequence, string Kind, bool Encrypted, ReadOnlyMemory<byte> Payload);
