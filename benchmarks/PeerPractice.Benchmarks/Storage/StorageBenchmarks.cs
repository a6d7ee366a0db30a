using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using PeerPractice.Agendas;
using PeerPractice.Benchmarks.Sessions;
using PeerPractice.Sessions;
using PeerPractice.Sqlite;

namespace PeerPractice.Benchmarks.Storage;

/// <summary>
/// What a command costs to keep, side by side: one command's events appended to SQLite with
/// <c>synchronous=FULL</c> (the store's setting: durable once acknowledged), the same append with
/// <c>synchronous=NORMAL</c> and <c>OFF</c> to show what the fsync at commit costs, and the in-memory
/// store as the ceiling; then a 1,000-event session read back from each. The databases are temporary
/// files on the machine's own disk (the temp folder), never a RAM disk, so fsync really reaches it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StorageBenchmarks
{
    private const string SessionId = "bench";
    private const int ReadLength = 1000;

    private readonly AgendaDefinition _agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
    private readonly Participant[] _peers = [new("dana", "Dana"), new("marcus", "Marcus")];
    private string _folder = null!;
    private SessionEvent[] _command = null!;
    private StoredSession _row = null!;
    private SessionEvent[] _created = null!;
    private SqliteStore _full = null!;
    private SqliteStore _normal = null!;
    private SqliteStore _off = null!;
    private InMemorySessionStore _memory = null!;
    private long _fullVersion;
    private long _normalVersion;
    private long _offVersion;
    private long _memoryVersion;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("peerpractice-bench-").FullName;
        var keys = new NoteKeyFile(Path.Combine(_folder, "keys", "notes.key"));

        // A typical command's events, taken from a real session: the turn ends, a private note is
        // kept (encrypted at append), an action item is agreed.
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var session = AgendaSession.Create(_agenda, _peers, clock, new SessionOptions { EnableTimers = false });
        foreach (var agreement in _agenda.Agreements)
        {
            session.Acknowledge("dana", agreement.Id);
            session.Acknowledge("marcus", agreement.Id);
        }

        session.Start();
        var before = session.Version;
        clock.Advance(TimeSpan.FromMinutes(2));
        session.Next();
        session.AddNote("dana", "Marcus is weighing an offer from a competitor; keep this between us.", NoteVisibility.Private);
        session.AddActionItem("marcus", "Send Dana the vendor shortlist by Friday");
        _command = [.. session.EventsSince(before).ToArray().TakeLast(3)];
        _created = [.. session.Events.ToArray().Take(1)];
        _row = new StoredSession(SessionId, _agenda.Id, "{\"id\":\"" + _agenda.Id + "\"}", _peers, session.CreatedAt, null);

        _full = Open("full.db", keys, null);
        _normal = Open("normal.db", keys, "NORMAL");
        _off = Open("off.db", keys, "OFF");
        _memory = new InMemorySessionStore();
        _fullVersion = Create(_full);
        _normalVersion = Create(_normal);
        _offVersion = Create(_off);
        _memoryVersion = Create(_memory);

        // The 1,000-event sessions that the read benchmarks load whole.
        foreach (var store in new ISessionStore[] { _full, _memory })
        {
            store.CreateAsync(_row with { Id = "read" }, _created).AsTask().GetAwaiter().GetResult();
            long version = _created.Length;
            while (version < ReadLength)
            {
                version = Append(store, "read", version, Math.Min(_command.Length, ReadLength - (int)version));
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _full.Dispose();
        _normal.Dispose();
        _off.Dispose();
        _memory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The store as shipped: WAL, <c>synchronous=FULL</c>, one transaction and one fsync per command.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Append")]
    public long Sqlite_durable_append() => _fullVersion = Append(_full, SessionId, _fullVersion, _command.Length);

    /// <summary>WAL with <c>synchronous=NORMAL</c>: no fsync at commit (only at checkpoints); a power cut may lose the last commands.</summary>
    [Benchmark]
    [BenchmarkCategory("Append")]
    public long Sqlite_append_synchronous_normal() => _normalVersion = Append(_normal, SessionId, _normalVersion, _command.Length);

    /// <summary>No fsync at all: what SQLite costs without the disk's flush.</summary>
    [Benchmark]
    [BenchmarkCategory("Append")]
    public long Sqlite_append_synchronous_off() => _offVersion = Append(_off, SessionId, _offVersion, _command.Length);

    /// <summary>The ceiling: the same events encoded (note encrypted) and kept in memory.</summary>
    [Benchmark]
    [BenchmarkCategory("Append")]
    public long InMemory_append() => _memoryVersion = Append(_memory, SessionId, _memoryVersion, _command.Length);

    /// <summary>A 1,000-event session read back whole, private notes decrypted.</summary>
    [Benchmark]
    [BenchmarkCategory("Read")]
    public int Sqlite_read_1000_events() => _full.ReadAsync("read").AsTask().GetAwaiter().GetResult().Count;

    [Benchmark]
    [BenchmarkCategory("Read")]
    public int InMemory_read_1000_events() => _memory.ReadAsync("read").AsTask().GetAwaiter().GetResult().Count;

    private SqliteStore Open(string file, NoteKeyFile keys, string? synchronous)
    {
        var store = SqliteStore.Open(Path.Combine(_folder, file), keys);
        if (synchronous is not null)
        {
            // The store always sets FULL; the comparison lowers it on the store's own connection.
            using var command = store.Connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = " + synchronous + ";";
            command.ExecuteNonQuery();
        }

        return store;
    }

    private long Create(ISessionStore store)
    {
        store.CreateAsync(_row, _created).AsTask().GetAwaiter().GetResult();
        return _created.Length;
    }

    /// <summary>Appends the first <paramref name="count"/> events of the command, renumbered to continue the log.</summary>
    private long Append(ISessionStore store, string sessionId, long version, int count)
    {
        var events = new SessionEvent[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = _command[i] with { Sequence = version + 1 + i };
        }

        return store.AppendAsync(sessionId, version, events).AsTask().GetAwaiter().GetResult();
    }
}
