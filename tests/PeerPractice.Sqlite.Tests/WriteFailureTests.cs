using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;

namespace PeerPractice.Sqlite.Tests;

public class WriteFailureTests
{
    // 12.10: a full disk at commit ended the host with an unhandled SqliteException.
    [Fact]
    public async Task A_full_disk_at_commit_is_a_typed_error_and_the_session_stays_resumable()
    {
        using var temp = new TempStore();
        var ct = TestContext.Current.CancellationToken;
        var (session, _) = SessionFixtures.NewSession();
        long version;
        using (var store = temp.Open())
        {
            await store.CreateAsync(SessionFixtures.Row("s1", session), session.Events, ct);
            var pages = SqliteFileTests.Scalar(store.Connection, "PRAGMA page_count");
            SqliteFileTests.Execute(store.Connection, $"PRAGMA max_page_count = {pages};");
            version = session.Version;

            // 64,000 characters of notes (16 at the 4,000-character limit), appended as one call: far more than the file's free room.
            for (var i = 0; i < 16; i++)
            {
                session.AddNote("alex", new string('x', SessionLimits.MaxNoteLength), NoteVisibility.Shareable);
            }

            var error = await Assert.ThrowsAsync<StoreException>(async () => await store.AppendAsync("s1", version, session.EventsSince(version), ct));

            Assert.Equal(StoreErrorKind.WriteFailed, error.Kind);
            Assert.Contains("full", error.Message, StringComparison.Ordinal);
            Assert.Contains("can be resumed", error.Message, StringComparison.Ordinal);
            Assert.Equal(version, (await store.FindAsync("s1", ct))!.Version);
        }

        // Once there is room again, the same command appends at the same expected version.
        using var reopened = temp.Open();
        Assert.Equal(session.Version, await reopened.AppendAsync("s1", version, session.EventsSince(version), ct));
    }

    [Fact]
    public async Task Two_connections_to_one_file_like_two_processes_never_tear_the_log()
    {
        using var temp = new TempStore();
        var ct = TestContext.Current.CancellationToken;
        var (session, _) = SessionFixtures.NewSession();
        using var first = temp.Open();
        using var second = temp.Open();
        await first.CreateAsync(SessionFixtures.Row("s1", session), session.Events, ct);

        var writers = new[] { first, second }.Select((store, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                while (true)
                {
                    var version = (await store.FindAsync("s1", ct))!.Version;
                    var note = new NoteAdded(version + 1, session.CreatedAt, new SessionNote("alex", $"w{w}-{i}", NoteVisibility.Shareable, session.CreatedAt, null));
                    try
                    {
                        await store.AppendAsync("s1", version, [note], ct);
                        break;
                    }
                    catch (StoreException e) when (e.Kind is StoreErrorKind.StaleSequence or StoreErrorKind.Locked)
                    {
                    }
                }
            }
        }, ct));
        await Task.WhenAll(writers);

        var log = await first.ReadAsync("s1", cancellationToken: ct);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal(30, log.OfType<NoteAdded>().Select(n => n.Note.Text).Distinct().Count());
    }

    [Fact]
    public async Task AddPeerPractice_with_AddSqliteStore_takes_options_time_and_key_from_the_container()
    {
        using var temp = new TempStore();
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddPeerPractice(o =>
        {
            o.NoteKeyFile = temp.KeyPath;
            o.SlowCommandThreshold = TimeSpan.FromSeconds(2);
        }).AddSqliteStore(temp.Path);

        await using (var provider = services.BuildServiceProvider())
        {
            var sessions = provider.GetRequiredService<ISessionStore>();
            var pairings = provider.GetRequiredService<IPairingHistoryStore>();
            Assert.Same(sessions, pairings);
            Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
            Assert.Equal(temp.KeyPath, Assert.IsType<NoteKeyFile>(provider.GetRequiredService<INoteKeyProvider>()).Path);
            Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<PeerPracticeOptions>>().Value.SlowCommandThreshold);
            var (session, _) = SessionFixtures.NewSession();
            await sessions.CreateAsync(SessionFixtures.Row("s1", session), session.Events, ct);
        }

        Assert.True(File.Exists(temp.KeyPath));
        using var reopened = temp.Open();
        Assert.NotNull(await reopened.FindAsync("s1", ct));
    }

    [Fact]
    public async Task AddInMemoryStore_registers_both_stores()
    {
        var services = new ServiceCollection();
        services.AddPeerPractice().AddInMemoryStore();
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemorySessionStore>(provider.GetRequiredService<ISessionStore>());
        Assert.IsType<InMemoryPairingHistoryStore>(provider.GetRequiredService<IPairingHistoryStore>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }
}
