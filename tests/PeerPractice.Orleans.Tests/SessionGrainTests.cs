using Orleans.TestingHost;
using PeerPractice.Samples;
using PeerPractice.Sessions;
using PeerPractice.Sqlite;

namespace PeerPractice.Orleans.Tests;

/// <summary>One silo, the embedded SQLite store: the grain's contract end to end (one cluster for the class, a new session id per test).</summary>
public sealed class SessionGrainTests(SessionGrainTests.Cluster cluster) : IClassFixture<SessionGrainTests.Cluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_accepted_command_is_in_the_store_before_the_call_returns_and_replays_after_reactivation()
    {
        var grain = cluster.Grain();
        var started = await grain.Start(ClusterSetup.Brainstorm());
        Assert.True(started.Accepted, started.Reason);

        foreach (var command in ClusterSetup.Opening().Append(new AddNoteCommand("alex", SessionFixturesSecret, NoteVisibility.Private)).Append(new NextCommand()))
        {
            var before = await grain.GetVersion();
            var reply = await grain.Execute(command, before);
            Assert.True(reply.Accepted, reply.Reason);
            Assert.Equal(before + reply.Events.Length, reply.Version);
            // Durable before the answer: a second store object on the same file already reads it.
            using var store = cluster.OpenStore();
            Assert.Equal(reply.Version, (await store.FindAsync(grain.GetPrimaryKeyString(), Ct))!.Version);
        }

        var beforeCollection = await grain.ReadFrom(1);
        await cluster.Host.DeactivateAsync(grain);
        var after = await grain.ReadFrom(1);

        Assert.Equal(beforeCollection.Select(e => e.Json), after.Select(e => e.Json));
        Assert.Equal(Enumerable.Range(1, after.Length).Select(i => (long)i), after.Select(e => e.Sequence));
        Assert.True((await grain.Execute(new PauseCommand(), after[^1].Sequence)).Accepted);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_typed_reason_and_the_grain_keeps_working()
    {
        var unknown = await cluster.Grain().Execute(new StartCommand());
        Assert.Equal((SessionRefusal.UnknownSession, 0L), (unknown.Refusal, unknown.Version));

        var grain = cluster.Grain();
        await grain.Start(ClusterSetup.Brainstorm());
        var version = await grain.GetVersion();

        Assert.Equal(SessionRefusal.AlreadyExists, (await grain.Start(ClusterSetup.Brainstorm())).Refusal);
        Assert.Equal(SessionRefusal.UnknownParticipant, (await grain.Execute(new AddNoteCommand("mallory", "hi"))).Refusal);
        Assert.Equal(SessionRefusal.StaleSequence, (await grain.Execute(new StartCommand(), version - 1)).Refusal);
        Assert.Equal(SessionRefusal.Oversized, (await grain.Execute(new string('x', 70_000), null)).Refusal);
        Assert.Equal(SessionRefusal.Invalid, (await grain.Execute("{\"$type\":\"Explode\"}", null)).Refusal);
        Assert.Equal(SessionRefusal.Invalid, (await grain.Execute("not json", null)).Refusal);
        var rejected = await grain.Execute(new StartCommand());
        Assert.Equal(SessionRefusal.Rejected, rejected.Refusal);
        Assert.Contains("acknowledg", rejected.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SessionRefusal.Invalid, (await cluster.Grain().Start(ClusterSetup.Brainstorm() with { AgendaJson = "{}" })).Refusal);
        Assert.Equal(SessionRefusal.Invalid, (await cluster.Grain().Start(ClusterSetup.Brainstorm() with { Participants = [new ParticipantMessage("solo", "Solo")] })).Refusal);
        Assert.Equal(SessionRefusal.Oversized, (await cluster.Grain().Start(ClusterSetup.Brainstorm() with { HostData = new string('x', 70_000) })).Refusal);
        Assert.Equal(SessionRefusal.UnknownParticipant, (await grain.Execute(new AddActionItemCommand("mallory", "Send the deck", null))).Refusal);
        Assert.Equal(SessionRefusal.Invalid, (await grain.Execute("null", null)).Refusal);
        Assert.Equal(SessionRefusal.UnknownSession, (await cluster.Host.Client.GetGrain<ISessionClockGrain>("s-none-" + Guid.NewGuid().ToString("N")[..8]).Poll()).Refusal);
        Assert.True((await cluster.Host.Client.GetGrain<ISessionClockGrain>(grain.GetPrimaryKeyString()).Poll()).Accepted);

        // Nothing of the refused calls was written, and the grain still takes commands.
        Assert.Equal(version, await grain.GetVersion());
        Assert.True((await grain.Execute(ClusterSetup.Opening().First(), version)).Accepted);
    }

    [Fact]
    public async Task Subscribers_get_every_event_once_by_sequence_and_a_late_one_catches_up_from_a_sequence()
    {
        var grain = cluster.Grain();
        var early = new RecordingObserver();
        var earlyRef = cluster.Host.Client.CreateObjectReference<ISessionObserver>(early);
        await grain.Start(ClusterSetup.Brainstorm());
        var missed = await grain.Subscribe(earlyRef, 1);
        var commands = ClusterSetup.Opening().ToList();
        foreach (var command in commands.Take(2))
        {
            await grain.Execute(command);
        }

        var late = new RecordingObserver();
        var caughtUp = await grain.Subscribe(cluster.Host.Client.CreateObjectReference<ISessionObserver>(late), 2);
        foreach (var command in commands.Skip(2))
        {
            await grain.Execute(command);
        }

        var version = await grain.GetVersion();
        await WaitUntil(() => early.Received.Count == version - missed.Length && late.Received.Count + caughtUp.Length == version - 1);
        // One-way messages may overtake each other: a subscriber orders by sequence number (none missing, none twice).
        Assert.Equal(Enumerable.Range(1, (int)version).Select(i => (long)i), missed.Concat(early.Received).Select(e => e.Sequence).Order());
        Assert.Equal(Enumerable.Range(2, (int)version - 1).Select(i => (long)i), caughtUp.Concat(late.Received).Select(e => e.Sequence).Order());
        Assert.Equal((await grain.ReadFrom(1)).Select(e => e.Json), missed.Concat(early.Received).OrderBy(e => e.Sequence).Select(e => e.Json));
    }

    [Fact]
    public async Task The_timer_raises_warnings_and_expiry_on_the_session_clock_and_stores_them()
    {
        var grain = cluster.Grain();
        await grain.Start(ClusterSetup.Brainstorm(autoAdvance: true));
        foreach (var command in ClusterSetup.Opening())
        {
            await grain.Execute(command);
        }

        var version = await grain.GetVersion();
        var raised = await grain.ReadFrom(version + 1);
        for (var step = 0; step < 240 && !raised.Any(e => e.Kind == "TimeboxExpired"); step++)
        {
            // The session's clock moves; the grain's timer (real time) notices on its next tick.
            ClusterSetup.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(250, Ct);
            raised = await grain.ReadFrom(version + 1);
        }

        Assert.Contains(raised, e => e.Kind == "TimeboxWarning");
        Assert.Contains(raised, e => e.Kind == "TimeboxExpired");
        using var store = cluster.OpenStore();
        Assert.True((await store.FindAsync(grain.GetPrimaryKeyString(), Ct))!.Version >= raised[^1].Sequence);
    }

    [Fact]
    public async Task A_round_runs_as_grain_work_and_is_stored_like_any_other_round()
    {
        var reply = await cluster.Host.Client.GetGrain<IRoundGrain>("community-" + Guid.NewGuid().ToString("N")).Run(new RoundRequest(DefaultMembers.Json(), new DateOnly(2026, 3, 2), 7));

        Assert.Empty(reply.Problems);
        Assert.True(reply.RoundId > 0);
        using var store = cluster.OpenStore();
        var stored = (await store.ListPairingsAsync(Ct)).Where(p => p.RoundId == reply.RoundId).ToList();
        Assert.Equal(reply.Matches.Sum(m => m.Length == 3 ? 3 : 1), stored.Count);

        var refused = await cluster.Host.Client.GetGrain<IRoundGrain>("community-bad").Run(new RoundRequest("{ \"members\": 3 }", new DateOnly(2026, 3, 2), 7));
        Assert.Equal(0, refused.RoundId);
        Assert.NotEmpty(refused.Problems);
    }

    private const string SessionFixturesSecret = PeerPractice.Storage.Conformance.SessionFixtures.Secret;

    /// <summary>Waits for something the cluster does asynchronously (a timer, a one-way message); gives up after a minute rather than asserting on speed.</summary>
    internal static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100, Ct);
        }

        Assert.True(condition(), "The cluster did not get there within a minute.");
    }

    public sealed class Cluster : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("peerpractice-orleans-").FullName;

        public TestCluster Host { get; private set; } = null!;

        private string DatabasePath => Path.Combine(_folder, "cluster.db");

        private string KeyPath => Path.Combine(_folder, "keys", "notes.key");

        public ISessionGrain Grain() => Host.Client.GetGrain<ISessionGrain>("s-" + Guid.NewGuid().ToString("N")[..12]);

        public SqliteStore OpenStore() => SqliteStore.Open(DatabasePath, new NoteKeyFile(KeyPath));

        public async ValueTask InitializeAsync() => Host = await ClusterSetup.StartAsync(1, KeyPath, sqlitePath: DatabasePath);

        public async ValueTask DisposeAsync()
        {
            await Host.StopAllSilosAsync();
            await Host.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
