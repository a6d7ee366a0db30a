using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using PeerPractice;
using PeerPractice.Agendas;
using PeerPractice.Orleans;
using PeerPractice.PostgreSql;
using PeerPractice.PostgreSql.Tests;
using PeerPractice.Sessions;

// The cluster load run (issue 16): whole peer brainstorms on a two-silo cluster in this process, once
// on an in-memory store shared by both silos and once on the durable PostgreSQL store (a throwaway
// server), then idle sessions deactivated and reactivated. --dry runs a few sessions (CI).
var dry = args.Contains("--dry");
var sessions = Option("--sessions", dry ? 10 : 1_000);
var idle = Option("--idle", dry ? 50 : 10_000);
// --think MS: each session waits a random 0..2xMS before each command, as people do between clicks.
// Without it every session sends its next command the moment the last one returns (a saturated closed
// loop), which measures throughput: latency then is queueing behind the other sessions by construction.
var think = Option("--think", 0);
var inv = CultureInfo.InvariantCulture;
// --no-fsync: the server does not flush commits to disk (as the tests run it); by default it does, so
// the PostgreSQL figures are those of the durable append.
var fsync = !args.Contains("--no-fsync");
// --clock-save SECONDS: how often a running session keeps the time shown (SessionGrainOptions.ClockSaveInterval; 30 s by default).
Load.ClockSaveSeconds = Option("--clock-save", 30);

// --pg NAME=VALUE (repeatable): a server setting, e.g. --pg log_checkpoints=on; --server-log PATH keeps a
// copy of the server's log, which is otherwise deleted with the throwaway server.
var settings = Values("--pg");
var serverLog = Values("--server-log").LastOrDefault();
// --store postgresql: skip the in-memory run (the baseline) when only the durable append is studied.
var stores = Values("--store") is { Count: > 0 } chosen ? chosen : ["memory", "postgresql"];

await using var server = new PostgresServer { Durable = fsync, Settings = settings };
await server.InitializeAsync();
if (server.Unavailable is not null)
{
    Console.WriteLine("PostgreSQL is not available: " + server.Unavailable);
    return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
}

Console.WriteLine(string.Create(inv, $"{sessions} concurrent peer brainstorms on two silos; {idle} idle sessions; think time {(think == 0 ? "none (saturated)" : "0-" + (2 * think) + " ms")}; {Environment.ProcessorCount} cores; PostgreSQL fsync {(fsync ? "on" : "off")}"));
var failures = 0;
foreach (var store in stores)
{
    // Two silos' connection pools within the server's 300 connections.
    var connection = store == "postgresql" ? await server.CreateDatabaseAsync("load") + ";Maximum Pool Size=120" : null;
    var cluster = await Load.StartAsync(connection);
    try
    {
        var run = await Load.RunAsync(cluster, sessions, connection, think);
        Console.WriteLine(run.Describe(store));
        failures += run.Lost;
        if (connection is not null)
        {
            var (deactivated, reactivated, wrong) = await Load.IdleAsync(cluster, idle, connection);
            Console.WriteLine(string.Create(inv, $"{store}: {idle} idle sessions: {deactivated} activations collected, {reactivated} reactivated with their stored version and took a command, {wrong} wrong"));
            failures += wrong;
        }
    }
    finally
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }
}

Load.Cleanup();
if (serverLog is not null)
{
    File.Copy(Path.Combine(server.Folder, "server.log"), serverLog, overwrite: true);
}

return failures == 0 ? 0 : 1;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

List<string> Values(string name) => [.. args.Select((value, at) => (value, at)).Where(pair => pair.at > 0 && args[pair.at - 1] == name).Select(pair => pair.value)];

internal static class Load
{
    internal static readonly InMemorySessionStore SharedMemory = new();

    /// <summary>The silos' PostgreSQL stores, to count their group-commit batches.</summary>
    internal static readonly ConcurrentBag<PostgreSqlStore> Stores = [];

    /// <summary>The silos' writer batches: where the append's time goes (connection, statement, queue).</summary>
    internal static readonly ConcurrentQueue<PeerPractice.PostgreSql.GroupCommit.BatchTiming> Batches = new();

    private static readonly string _folder = Directory.CreateTempSubdirectory("peerpractice-load-").FullName;

    internal static string KeyFile => Path.Combine(_folder, "notes.key");

    internal static int ClockSaveSeconds { get; set; } = 30;

    public static void Cleanup() => Directory.Delete(_folder, recursive: true);

    public static async Task<TestCluster> StartAsync(string? postgreSql)
    {
        var builder = new TestClusterBuilder(2);
        // The test host otherwise writes a log file per silo into the working folder (litter in the repository).
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Load:PostgreSql"] = postgreSql,
            ["Load:KeyFile"] = Load.KeyFile,
            ["Load:ClockSaveSeconds"] = Load.ClockSaveSeconds.ToString(CultureInfo.InvariantCulture),
        }));
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static async Task<RunResult> RunAsync(TestCluster cluster, int count, string? postgreSql, int think)
    {
        var latencies = new ConcurrentBag<double>();

        // The opening (agreements and start, while all sessions are being created at once) and the brainstorm
        // after the barrier, timed apart too: a tail in one phase only says where to look.
        var openingLatencies = new ConcurrentBag<double>();
        var brainstormLatencies = new ConcurrentBag<double>();
        TimedStore.Appends.Clear();
        TimedStore.Creations.Clear();
        Batches.Clear();
        var batchesBefore = Stores.Sum(s => s.Writer.Batches);
        var ids = Enumerable.Range(0, count).Select(i => $"load-{Guid.NewGuid():N}"[..17]).ToArray();
        var start = new SessionStartRequest(AgendaLibrary.GetSource(AgendaLibrary.PeerBrainstorm), [new ParticipantMessage("alex", "Alex Chen"), new ParticipantMessage("sam", "Sam Okafor")]);
        var agreements = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm).Agreements.Select(a => a.Id).ToArray();
        var baseline = Memory();
        var opened = new CountdownEvent(count);
        var allOpened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long activeBytes = 0;
        var watch = Stopwatch.StartNew();

        var errors = 0;
        async Task<long> Timed(ISessionGrain grain, SessionCommand command)
        {
            if (think > 0)
            {
                await Task.Delay(Random.Shared.Next(2 * think));
            }

            var t = Stopwatch.GetTimestamp();
            try
            {
                var reply = await grain.Execute(command);
                var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                latencies.Add(elapsed);
                (allOpened.Task.IsCompleted ? brainstormLatencies : openingLatencies).Add(elapsed);
                return reply.Accepted ? reply.Version : -1;
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                // Counted, not timed: an unanswered call (the store check below says whether it was recorded).
                Interlocked.Increment(ref errors);
                return -1;
            }
        }

        async Task<long> Brainstorm(string id)
        {
            var grain = cluster.Client.GetGrain<ISessionGrain>(id);
            try
            {
                await grain.Start(start);
                foreach (var who in new[] { "alex", "sam" })
                {
                    foreach (var agreement in agreements)
                    {
                        await Timed(grain, new AcknowledgeCommand(who, agreement));
                    }
                }

                await Timed(grain, new StartCommand());
            }
            finally
            {
                // Every session reaches the barrier, whatever happened to it, so the run cannot hang here.
                if (opened.Signal())
                {
                    allOpened.SetResult();
                }
            }

            await allOpened.Task;
            for (var turn = 0; turn < 40; turn++)
            {
                if (turn % 4 == 1)
                {
                    await Timed(grain, new AddNoteCommand(turn % 8 == 1 ? "alex" : "sam", $"note {turn} of {id}", NoteVisibility.Shareable));
                }

                var next = await Timed(grain, new NextCommand());
                if (next < 0)
                {
                    break;
                }
            }

            await Timed(grain, new FinishCommand());
            return await grain.GetVersion();
        }

        var running = ids.Select(id => Task.Run(() => Brainstorm(id))).ToArray();
        await allOpened.Task;
        activeBytes = Memory() - baseline;
        var versions = await Task.WhenAll(running).WaitAsync(TimeSpan.FromMinutes(20));
        watch.Stop();
        var idleBytes = Memory() - baseline;

        var lost = 0;
        if (postgreSql is not null)
        {
            await using var store = await PostgreSqlStore.OpenAsync(Checker(postgreSql), new NoteKeyFile(Load.KeyFile));
            for (var i = 0; i < ids.Length; i++)
            {
                var stored = await store.ReadAsync(ids[i]);
                lost += stored.Count == versions[i] && stored.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, stored.Count).Select(n => (long)n)) ? 0 : 1;
            }
        }
        else
        {
            for (var i = 0; i < ids.Length; i++)
            {
                lost += (await SharedMemory.ReadAsync(ids[i])).Count == versions[i] ? 0 : 1;
            }
        }

        var sorted = latencies.Order().ToArray();
        var appends = TimedStore.Appends.Order().ToArray();
        var batches = Stores.Sum(s => s.Writer.Batches) - batchesBefore;
        return new RunResult(count, sorted.Length, errors, watch.Elapsed, Median(sorted), P99(sorted), sorted[^1], activeBytes / (double)count, idleBytes / (double)count, lost)
        {
            Appends = appends.Length,
            AppendMedianMs = Median(appends),
            AppendP99Ms = P99(appends),
            Batches = batches,
            Opening = Phase(openingLatencies),
            Brainstorm = Phase(brainstormLatencies),
            Writer = WriterReport([.. Batches], [.. TimedStore.Creations]),
        };
    }

    /// <summary>Where the store's time went: session creations, and the writer's connection waits, statements and queueing.</summary>
    private static string WriterReport(PeerPractice.PostgreSql.GroupCommit.BatchTiming[] batches, double[] creations)
    {
        static string Figures(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"median {Median(sorted):F2} ms, p99 {P99(sorted):F2} ms, max {sorted[^1]:F1} ms ({sorted.Length})");
        }

        var text = "creations: " + Figures(creations);
        if (batches.Length > 0)
        {
            text += "; writer batches: connection wait " + Figures(batches.Select(b => b.ConnectMs))
                + "; statements and commits " + Figures(batches.Select(b => b.WriteMs))
                + "; queued before a batch took it (per write) " + Figures(batches.SelectMany(b => b.QueuedMs))
                + string.Create(CultureInfo.InvariantCulture, $"; {batches.Sum(b => b.Creations)} creations, {batches.Sum(b => b.Appends)} appends and {batches.Sum(b => b.Clocks)} clocks in {batches.Length} batches");
        }

        return text;
    }

    private static (int Count, double MedianMs, double P99Ms) Phase(ConcurrentBag<double> latencies)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0 ? (0, 0, 0) : (sorted.Length, Median(sorted), P99(sorted));
    }

    public static async Task<(int Deactivated, int Reactivated, int Wrong)> IdleAsync(TestCluster cluster, int count, string postgreSql)
    {
        var start = new SessionStartRequest(AgendaLibrary.GetSource(AgendaLibrary.PeerBrainstorm), [new ParticipantMessage("alex", "Alex Chen"), new ParticipantMessage("sam", "Sam Okafor")]);
        var ids = Enumerable.Range(0, count).Select(i => $"idle-{i:D6}").ToArray();
        var versions = new long[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            var grain = cluster.Client.GetGrain<ISessionGrain>(ids[i]);
            await grain.Start(start);
            versions[i] = (await grain.Execute(new AcknowledgeCommand("alex", "confidentiality"))).Version;
        });

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        var before = await management.GetTotalActivationCount();
        await management.ForceActivationCollection(TimeSpan.Zero);
        var after = await management.GetTotalActivationCount();

        await using var store = await PostgreSqlStore.OpenAsync(Checker(postgreSql), new NoteKeyFile(Load.KeyFile));
        var reactivated = 0;
        var wrong = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, ct) =>
        {
            var grain = cluster.Client.GetGrain<ISessionGrain>(ids[i]);
            var version = await grain.GetVersion();
            var reply = await grain.Execute(new AcknowledgeCommand("sam", "confidentiality"), version);
            var stored = (await store.FindAsync(ids[i], ct))!.Version;
            if (version == versions[i] && reply.Accepted && stored == version + reply.Events.Length)
            {
                Interlocked.Increment(ref reactivated);
            }
            else
            {
                Interlocked.Increment(ref wrong);
            }
        });

        return (before - after, reactivated, wrong);
    }

    // The checker's own store: a small pool, so the silos' two pools of 120 and it stay within the
    // server's 300 connections (with 120 it ran out during the idle check).
    private static string Checker(string postgreSql) => postgreSql + ";Maximum Pool Size=16";

    private static double Median(double[] sorted) => sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];

    private static double P99(double[] sorted) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(sorted.Length * 0.99) - 1)];

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            var peerPractice = siloBuilder.Services.AddPeerPractice(o => o.NoteKeyFile = configuration["Load:KeyFile"]);
            if (configuration["Load:PostgreSql"] is { Length: > 0 } connectionString)
            {
                peerPractice.AddPostgreSqlStore(connectionString);
                siloBuilder.Services.AddSingleton<ISessionStore>(sp =>
                {
                    var store = sp.GetRequiredService<PostgreSqlStore>();
                    Stores.Add(store);
                    store.Writer.Observed = Batches.Enqueue;
                    return new TimedStore(store);
                });
            }
            else
            {
                siloBuilder.Services.AddSingleton<ISessionStore>(new TimedStore(SharedMemory));
            }

            siloBuilder.AddPeerPracticeGrains();
            var clockSave = TimeSpan.FromSeconds(int.Parse(configuration["Load:ClockSaveSeconds"]!, CultureInfo.InvariantCulture));
            siloBuilder.Services.Configure<SessionGrainOptions>(o => o.ClockSaveInterval = clockSave);
        }
    }
}

internal sealed record RunResult(int Sessions, int Commands, int Unanswered, TimeSpan Elapsed, double MedianMs, double P99Ms, double MaxMs, double ActiveBytesPerSession, double IdleBytesPerSession, int Lost)
{
    public int Appends { get; init; }

    public double AppendMedianMs { get; init; }

    public double AppendP99Ms { get; init; }

    /// <summary>Group-commit statements (PostgreSQL only): appends per batch = Appends / Batches.</summary>
    public int Batches { get; init; }

    /// <summary>The commands before the barrier: agreements and start, while sessions are still being created.</summary>
    public (int Count, double MedianMs, double P99Ms) Opening { get; init; }

    /// <summary>The commands after the barrier: the brainstorm itself.</summary>
    public (int Count, double MedianMs, double P99Ms) Brainstorm { get; init; }

    /// <summary>Session creations and the store writer's batches, timed apart.</summary>
    public string Writer { get; init; } = "";

    public string Describe(string store) => string.Create(
        CultureInfo.InvariantCulture,
        $"{store}: {Sessions} sessions, {Commands} commands ({Unanswered} unanswered) in {Elapsed.TotalSeconds:F1} s = {Commands / Elapsed.TotalSeconds:F0} commands/s; latency median {MedianMs:F2} ms, p99 {P99Ms:F2} ms, max {MaxMs:F1} ms; "
        + $"the append alone ({Appends} appends{(Batches > 0 ? $" in {Batches} commits, {Appends / (double)Batches:F1} per commit" : "")}): median {AppendMedianMs:F2} ms, p99 {AppendP99Ms:F2} ms; "
        + $"by phase: opening ({Opening.Count} commands, while sessions are created) median {Opening.MedianMs:F2} ms, p99 {Opening.P99Ms:F2} ms, brainstorm ({Brainstorm.Count}) median {Brainstorm.MedianMs:F2} ms, p99 {Brainstorm.P99Ms:F2} ms; "
        + $"memory {ActiveBytesPerSession / 1024:F1} KiB per active session, {IdleBytesPerSession / 1024:F1} KiB per finished (idle, still activated) session; {Lost} sessions whose store log differs from what the cluster acknowledged")
        + Environment.NewLine + store + ": " + Writer;
}
