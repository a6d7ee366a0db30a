using System.Collections.Immutable;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans.Tests;

/// <summary>
/// Test clusters: in-process silos sharing one store (a SQLite file in a temp folder, or a database
/// of the throwaway PostgreSQL server) and one note key; the session clock is a fake one the test moves.
/// </summary>
internal static class ClusterSetup
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TestCluster> StartAsync(short silos, string keyFile, string? sqlitePath = null, string? postgreSql = null)
    {
        var builder = new TestClusterBuilder(silos);
        // The test host otherwise writes a log file per silo into the working folder (litter in the repository).
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PeerPracticeTest:KeyFile"] = keyFile,
            ["PeerPracticeTest:Sqlite"] = sqlitePath,
            ["PeerPracticeTest:PostgreSql"] = postgreSql,
        }));
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public static SessionStartRequest Brainstorm(bool autoAdvance = false) => new(
        AgendaLibrary.GetSource(AgendaLibrary.PeerBrainstorm),
        [new ParticipantMessage("alex", "Alex Chen"), new ParticipantMessage("sam", "Sam Okafor")],
        autoAdvance);

    /// <summary>Acknowledges every agreement for both, then starts: one command each.</summary>
    public static IEnumerable<SessionCommand> Opening()
    {
        foreach (var who in new[] { "alex", "sam" })
        {
            foreach (var agreement in AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm).Agreements)
            {
                yield return new AcknowledgeCommand(who, agreement.Id);
            }
        }

        yield return new StartCommand();
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            var peerPractice = siloBuilder.Services.AddPeerPractice(o => o.NoteKeyFile = configuration["PeerPracticeTest:KeyFile"]);
            if (configuration["PeerPracticeTest:PostgreSql"] is { Length: > 0 } connectionString)
            {
                peerPractice.AddPostgreSqlStore(connectionString);
            }
            else
            {
                peerPractice.AddSqliteStore(configuration["PeerPracticeTest:Sqlite"]!);
            }

            siloBuilder.AddPeerPracticeGrains();
            siloBuilder.Services.Configure<SessionGrainOptions>(o =>
            {
                o.Clock = Clock;
                o.TickInterval = TimeSpan.FromMilliseconds(100);
            });
        }
    }
}

/// <summary>A subscriber that keeps what it was told, in arrival order.</summary>
internal sealed class RecordingObserver : ISessionObserver
{
    private readonly Lock _gate = new();
    private readonly List<SessionEventMessage> _received = [];

    public IReadOnlyList<SessionEventMessage> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public Task OnEvents(string sessionId, ImmutableArray<SessionEventMessage> events)
    {
        lock (_gate)
        {
            _received.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
