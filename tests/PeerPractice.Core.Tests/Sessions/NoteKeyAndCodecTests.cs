using System.Security.Cryptography;
using System.Text;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// The private-note encryption every store shares (<see cref="SessionEventCodec"/>) and the key providers:
/// every key problem is a <see cref="StoreErrorKind.NoteKey"/> refusal that says where the key was looked for,
/// and damaged bytes are <see cref="StoreErrorKind.Damaged"/>.
/// </summary>
public sealed class NoteKeyAndCodecTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] KeyBytes = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-notekey-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_store_without_a_key_has_the_provider_create_one_and_its_id_is_a_fingerprint()
    {
        var keys = new FixedKey(null, created: KeyBytes);

        using var codec = SessionEventCodec.Open(keys, null, "store.db");

        Assert.Equal(1, keys.Created);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(KeyBytes).AsSpan(0, 8)), codec.KeyId);
        Assert.Equal(16, codec.KeyId.Length);
    }

    [Fact]
    public void A_store_with_a_key_opens_with_that_key_and_creates_none()
    {
        string id;
        using (var first = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db"))
        {
            id = first.KeyId;
        }

        var keys = new FixedKey(KeyBytes);
        using var codec = SessionEventCodec.Open(keys, id, "store.db");

        Assert.Equal((id, 0), (codec.KeyId, keys.Created));
    }

    [Fact]
    public void A_missing_key_for_a_store_with_notes_is_refused_and_never_recreated()
    {
        var keys = new FixedKey(null, created: KeyBytes);

        var error = Assert.Throws<StoreException>(() => SessionEventCodec.Open(keys, "0011223344556677", "store.db"));

        Assert.Equal(StoreErrorKind.NoteKey, error.Kind);
        Assert.Equal("The note key (test key) is missing, but store.db holds notes encrypted with key 0011223344556677. Restore that key (it is never recreated, or those notes would be lost); nothing was changed.", error.Message);
        Assert.Equal(0, keys.Created);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void A_key_that_is_not_256_bits_is_refused(int length)
    {
        var error = Assert.Throws<StoreException>(() => SessionEventCodec.Open(new FixedKey(new byte[length]), null, "store.db"));

        Assert.Equal((StoreErrorKind.NoteKey, "The note key (test key) is not a 256-bit key. Restore the right key; nothing was changed."), (error.Kind, error.Message));
    }

    [Fact]
    public void A_different_key_is_refused_naming_both_fingerprints()
    {
        using var right = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        var other = new byte[32];
        var otherId = Convert.ToHexString(SHA256.HashData(other).AsSpan(0, 8));

        var error = Assert.Throws<StoreException>(() => SessionEventCodec.Open(new FixedKey(other), right.KeyId, "store.db"));

        Assert.Equal(StoreErrorKind.NoteKey, error.Kind);
        Assert.Equal($"The note key (test key, key {otherId}) is not the key store.db was written with ({right.KeyId}). Use the matching key; nothing was changed.", error.Message);
    }

    [Fact]
    public void The_codec_clears_the_key_it_was_handed_whether_it_opens_or_refuses()
    {
        var good = (byte[])KeyBytes.Clone();
        var different = (byte[])KeyBytes.Clone();
        var tooShort = new byte[] { 1, 2, 3 };
        using var codec = SessionEventCodec.Open(new FixedKey(good, handOver: true), null, "store.db");

        Assert.Throws<StoreException>(() => SessionEventCodec.Open(new FixedKey(tooShort, handOver: true), null, "store.db"));
        different[0] = 99;
        Assert.Throws<StoreException>(() => SessionEventCodec.Open(new FixedKey(different, handOver: true), codec.KeyId, "store.db"));

        Assert.Equal(new byte[32], good);
        Assert.Equal(new byte[3], tooShort);
        Assert.Equal(new byte[32], different);
    }

    [Fact]
    public void Only_a_private_note_is_encrypted_and_both_read_back()
    {
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        var shared = new NoteAdded(3, At, new SessionNote("alex", "Try a pre-mortem.", NoteVisibility.Shareable, At, "ideas"));
        var secret = new NoteAdded(4, At, new SessionNote("sam", "Our CFO resigns on Friday.", NoteVisibility.Private, At, "ideas"));
        var start = new SessionStarted(2, At);

        var plain = codec.Encode("s1", shared);
        var hidden = codec.Encode("s1", secret);
        var other = codec.Encode("s1", start);

        Assert.Equal((3L, "NoteAdded", false), (plain.Sequence, plain.Kind, plain.Encrypted));
        Assert.Contains("Try a pre-mortem.", Encoding.UTF8.GetString(plain.Payload.Span), StringComparison.Ordinal);
        Assert.Equal((4L, "NoteAdded", true), (hidden.Sequence, hidden.Kind, hidden.Encrypted));
        Assert.DoesNotContain("CFO", Encoding.UTF8.GetString(hidden.Payload.Span), StringComparison.Ordinal);
        Assert.Equal(12 + 16 + System.Text.Json.JsonSerializer.SerializeToUtf8Bytes<SessionEvent>(secret, SessionJsonContext.Default.SessionEvent).Length, hidden.Payload.Length);
        Assert.Equal((2L, "SessionStarted", false), (other.Sequence, other.Kind, other.Encrypted));
        Assert.Equal(shared, codec.Decode("s1", plain));
        Assert.Equal(secret, codec.Decode("s1", hidden));
        Assert.Equal(start, codec.Decode("s1", other));
        Assert.True(SessionEventCodec.IsPrivate(secret));
        Assert.False(SessionEventCodec.IsPrivate(shared));
        Assert.False(SessionEventCodec.IsPrivate(start));
    }

    [Fact]
    public void A_private_note_moved_to_another_session_or_sequence_or_key_does_not_decrypt()
    {
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        using var otherKey = SessionEventCodec.Open(new FixedKey(new byte[32]), null, "store.db");
        var hidden = codec.Encode("s1", new NoteAdded(4, At, new SessionNote("sam", "secret", NoteVisibility.Private, At, null)));

        var elsewhere = Assert.Throws<StoreException>(() => codec.Decode("s2", hidden));
        var moved = Assert.Throws<StoreException>(() => codec.Decode("s1", hidden with { Sequence = 5 }));
        var wrongKey = Assert.Throws<StoreException>(() => otherKey.Decode("s1", hidden));

        Assert.Equal((StoreErrorKind.NoteKey, $"An encrypted note of session s2 (event 4) does not decrypt with key {codec.KeyId}: wrong key or a damaged store."), (elsewhere.Kind, elsewhere.Message));
        Assert.Equal((StoreErrorKind.NoteKey, $"An encrypted note of session s1 (event 5) does not decrypt with key {codec.KeyId}: wrong key or a damaged store."), (moved.Kind, moved.Message));
        Assert.Equal((StoreErrorKind.NoteKey, $"An encrypted note of session s1 (event 4) does not decrypt with key {otherKey.KeyId}: wrong key or a damaged store."), (wrongKey.Kind, wrongKey.Message));
    }

    [Fact]
    public void Damaged_bytes_are_refused_as_a_damaged_store()
    {
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        var started = codec.Encode("s1", new SessionStarted(2, At));

        var truncated = Assert.Throws<StoreException>(() => codec.Decode("s1", new EncodedEvent(4, "NoteAdded", true, new byte[27])));
        var notJson = Assert.Throws<StoreException>(() => codec.Decode("s1", new EncodedEvent(2, "SessionStarted", false, "{oops"u8.ToArray())));
        var nothing = Assert.Throws<StoreException>(() => codec.Decode("s1", new EncodedEvent(2, "SessionStarted", false, "null"u8.ToArray())));
        var renumbered = Assert.Throws<StoreException>(() => codec.Decode("s1", started with { Sequence = 3 }));

        Assert.Equal((StoreErrorKind.Damaged, "An encrypted note of session s1 (event 4) is truncated; the store is damaged."), (truncated.Kind, truncated.Message));
        Assert.Equal(StoreErrorKind.Damaged, notJson.Kind);
        Assert.StartsWith("Event 2 of session s1 is not a session event (", notJson.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the store is damaged.", notJson.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(notJson.InnerException);
        Assert.Equal((StoreErrorKind.Damaged, "Event 2 of session s1 does not read back as that event; the store is damaged."), (nothing.Kind, nothing.Message));
        Assert.Equal((StoreErrorKind.Damaged, "Event 3 of session s1 does not read back as that event; the store is damaged."), (renumbered.Kind, renumbered.Message));
    }

    [Fact]
    public void An_encrypted_note_of_exactly_nonce_and_tag_is_not_truncated_but_does_not_decrypt()
    {
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");

        var error = Assert.Throws<StoreException>(() => codec.Decode("s1", new EncodedEvent(4, "NoteAdded", true, new byte[28])));

        Assert.Equal(StoreErrorKind.NoteKey, error.Kind);
    }

    [Fact]
    public void An_append_must_continue_the_log_without_gaps()
    {
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        SessionEvent[] continuing = [new SessionStarted(3, At), new SessionPaused(4, At)];

        var encoded = codec.EncodeAppend("s1", 2, continuing);
        var gap = Assert.Throws<ArgumentException>(() => codec.EncodeAppend("s1", 2, [new SessionStarted(3, At), new SessionPaused(5, At)]));
        var behind = Assert.Throws<ArgumentException>(() => codec.EncodeAppend("s1", 3, continuing));
        var missing = Assert.Throws<ArgumentException>(() => codec.EncodeAppend("s1", 2, [new SessionStarted(3, At), null!]));

        Assert.Equal([3L, 4L], encoded.Select(e => e.Sequence));
        Assert.Empty(codec.EncodeAppend("s1", 0, []));
        Assert.Equal(("Event 1 has sequence 5; after version 2 it must be 4. (Parameter 'events')", "events"), (gap.Message, gap.ParamName));
        Assert.Equal("Event 0 has sequence 3; after version 3 it must be 4. (Parameter 'events')", behind.Message);
        Assert.Equal("Event 1 is null. (Parameter 'events')", missing.Message);
    }

    [Fact]
    public void The_key_file_is_created_owner_only_on_first_use_and_read_back()
    {
        var path = Path.Combine(_folder, "config", "notes.key");
        var keys = new NoteKeyFile(path);

        Assert.Null(keys.LoadKey());
        var created = keys.CreateKey();

        Assert.Equal(32, created.Length);
        // The file is the base64 text alone, byte for byte (no byte order mark), so it can be copied into
        // PEERPRACTICE_NOTE_KEY or read by any tool.
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(created)), File.ReadAllBytes(path));
        Assert.Equal(created, keys.LoadKey());
        Assert.Equal("key file " + path, keys.Description);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_key_file_path_is_made_absolute()
    {
        var keys = new NoteKeyFile("relative/notes.key");

        Assert.Equal(Path.GetFullPath("relative/notes.key"), keys.Path);
    }

    [Fact]
    public void A_key_file_that_exists_is_never_overwritten_by_a_new_key()
    {
        var path = Path.Combine(_folder, "notes.key");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, Convert.ToBase64String(KeyBytes));

        var error = Assert.Throws<StoreException>(() => new NoteKeyFile(path).CreateKey());

        Assert.Equal(StoreErrorKind.NoteKey, error.Kind);
        Assert.StartsWith($"The note key file {path} cannot be created (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Check that its folder is writable, or choose another key file; nothing was changed.", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Equal(Convert.ToBase64String(KeyBytes), File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_in_place_of_the_key_file_cannot_be_read()
    {
        var path = Path.Combine(_folder, "notes.key");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<StoreException>(() => new NoteKeyFile(path).LoadKey());

        Assert.Equal(StoreErrorKind.NoteKey, error.Kind);
        Assert.StartsWith($"The note key file {path} cannot be read (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("). Make it a file readable by this user (owner-only, 0600); nothing was changed.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("")]
    [InlineData("AAAA")]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAh")]
    public void Key_text_that_is_not_a_256_bit_base64_key_is_refused(string text)
    {
        var path = Path.Combine(_folder, "notes.key");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, text);

        var error = Assert.Throws<StoreException>(() => new NoteKeyFile(path).LoadKey());

        Assert.Equal((StoreErrorKind.NoteKey, $"The note key (key file {path}) does not hold a 256-bit base64 key. Restore the right key; nothing was changed."), (error.Kind, error.Message));
    }

    [Fact]
    public void Key_text_may_end_with_a_line_break()
    {
        var path = Path.Combine(_folder, "notes.key");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, " " + Convert.ToBase64String(KeyBytes) + "\n");

        Assert.Equal(KeyBytes, new NoteKeyFile(path).LoadKey());
    }

    [Fact]
    public void The_environment_key_is_read_when_set_and_never_invented()
    {
        var variable = "PEERPRACTICE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        var keys = new NoteKeyFromEnvironment(variable);
        try
        {
            Assert.Null(keys.LoadKey());
            Environment.SetEnvironmentVariable(variable, Convert.ToBase64String(KeyBytes));
            Assert.Equal(KeyBytes, keys.LoadKey());
            Environment.SetEnvironmentVariable(variable, "AAAA");
            var malformed = Assert.Throws<StoreException>(keys.LoadKey);
            Assert.Equal($"The note key (environment variable {variable}) does not hold a 256-bit base64 key. Restore the right key; nothing was changed.", malformed.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }

        var error = Assert.Throws<StoreException>(() => keys.CreateKey());
        Assert.Equal((StoreErrorKind.NoteKey, $"The note key is taken from the environment variable {variable}, which is not set. Set it to a base64 256-bit key (head -c 32 /dev/urandom | base64); nothing was changed."), (error.Kind, error.Message));
        Assert.Equal("PEERPRACTICE_NOTE_KEY", new NoteKeyFromEnvironment().Variable);
    }

    [Fact]
    public void The_in_process_key_is_made_once_and_handed_out_as_copies()
    {
        var keys = new EphemeralNoteKey();

        Assert.Null(keys.LoadKey());
        var created = keys.CreateKey();
        var loaded = keys.LoadKey();
        Assert.NotNull(loaded);
        Assert.Equal(created, loaded);
        Assert.Equal(created, keys.CreateKey());
        Assert.Equal(32, created.Length);
        Array.Clear(loaded);
        Assert.Equal(created, keys.LoadKey());
        Array.Clear(created);
        Assert.NotEqual(new byte[32], keys.CreateKey());
        Assert.Equal("in-process key", keys.Description);
    }

    [Fact]
    public void The_same_private_note_is_sealed_with_a_fresh_nonce_each_time()
    {
        // A repeated nonce under one AES-GCM key would leak the xor of two notes; each seal draws its own.
        using var codec = SessionEventCodec.Open(new FixedKey(KeyBytes), null, "store.db");
        var secret = new NoteAdded(4, At, new SessionNote("sam", "Our CFO resigns on Friday.", NoteVisibility.Private, At, "ideas"));

        var first = codec.Encode("s1", secret);
        var second = codec.Encode("s1", secret);

        Assert.NotEqual(first.Payload.Span[..12].ToArray(), second.Payload.Span[..12].ToArray());
        Assert.Equal(secret, codec.Decode("s1", first));
        Assert.Equal(secret, codec.Decode("s1", second));
    }

    [Fact]
    public void An_in_memory_store_seals_with_the_key_it_is_given()
    {
        var keys = new FixedKey(null, created: KeyBytes);
        using var store = new InMemorySessionStore(keys);
        Assert.Equal(1, keys.Created);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_key_file_path_is_refused(string path)
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new NoteKeyFile(path)).ParamName);
    }

    private sealed class FixedKey(byte[]? key, byte[]? created = null, bool handOver = false) : INoteKeyProvider
    {
        public int Created { get; private set; }

        public string Description => "test key";

        public byte[]? LoadKey() => handOver ? key : (byte[]?)key?.Clone();

        public byte[] CreateKey()
        {
            Created++;
            return (byte[])(created ?? throw new InvalidOperationException("no key to create")).Clone();
        }
    }
}
