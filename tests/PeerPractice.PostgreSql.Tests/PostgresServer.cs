using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PeerPractice.PostgreSql.Tests;

/// <summary>
/// A throwaway PostgreSQL server for one test assembly: initdb into a temporary folder, postgres on a
/// free 127.0.0.1 port with its unix socket in that folder, stopped and deleted at the end. No system
/// service or configuration is used. The binaries come from <c>pg_config --bindir</c> or
/// <c>/usr/lib/postgresql/*/bin</c>; without them every test that needs the server skips with the
/// reason (and fails under CI=true). PostgreSQL refuses to run as root, so as root the server runs
/// as the unprivileged <c>postgres</c> user (created by Debian's package), owning the folder.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Superuser = "peerpractice";

    private string? _bin;
    private string? _runAs;

    public string? Unavailable { get; private set; }

    public string Folder { get; private set; } = "";

    public string DataFolder => Path.Combine(Folder, "data");

    public int Port { get; private set; }

    /// <summary>
    /// Flush every commit to disk (fsync on, as a production server): for measuring the durable append.
    /// Tests leave it off, since no test pulls the power.
    /// </summary>
    public bool Durable { get; init; }

    /// <summary>
    /// More server settings, each <c>name=value</c> passed as <c>-c name=value</c>: the load run uses them to
    /// turn on the server's own logging (checkpoints, slow statements) while it measures.
    /// </summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Skips (fails under CI=true) the calling test when the server could not be started.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Unavailable + " Under CI=true the PostgreSQL tests are required.");
        }

        Assert.Skip(Unavailable + " Skipping; under CI=true this fails.");
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Pooling = true,
        MaxPoolSize = 200,
        Timeout = 30,
    }.ConnectionString;

    /// <summary>A new, empty database (one per test keeps tests independent without restarting the server).</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        Require();
        var name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Every byte the server keeps on disk (after a checkpoint), to scan for plain text.</summary>
    public async Task<byte[]> AllBytesAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CHECKPOINT", connection);
            await command.ExecuteNonQueryAsync();
        }

        using var all = new MemoryStream();
        foreach (var file in Directory.EnumerateFiles(DataFolder, "*", SearchOption.AllDirectories))
        {
            try
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                await stream.CopyToAsync(all);
            }
            catch (IOException)
            {
                // A file the server removed meanwhile (a finished temporary relation): nothing to scan.
            }
        }

        return all.ToArray();
    }

    public async ValueTask InitializeAsync()
    {
        _bin = FindBinaries();
        if (_bin is null)
        {
            Unavailable = "PostgreSQL's server binaries (initdb, pg_ctl, postgres) were not found: neither 'pg_config --bindir' nor /usr/lib/postgresql/*/bin has them. Install them with 'apt-get install postgresql'.";
            return;
        }

        if (string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            if (Run("id", ["-u", "postgres"], asUser: null).Code != 0)
            {
                Unavailable = "Running as root, and PostgreSQL refuses to run as root, but there is no 'postgres' user to run it as (Debian's postgresql package creates it).";
                return;
            }

            _runAs = "postgres";
        }

        Folder = Directory.CreateTempSubdirectory("peerpractice-pg-").FullName;
        if (_runAs is not null)
        {
            Run("chown", ["-R", _runAs, Folder], asUser: null);
        }

        var init = Run(Path.Combine(_bin, "initdb"), ["-D", DataFolder, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], _runAs);
        if (init.Code != 0)
        {
            Unavailable = $"initdb failed ({init.Code}): {init.Output}";
            return;
        }

        // A free port: bind to 0, read it, release it (postgres binds it a moment later; retried once on a clash).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Port = FreePort();
            var start = Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c max_connections=300" + (Durable ? "" : " -c fsync=off -c full_page_writes=off") + string.Concat(Settings.Select(setting => " -c " + setting)), "start"], _runAs);
            if (start.Code == 0)
            {
                Unavailable = null;
                return;
            }

            Unavailable = $"postgres did not start on 127.0.0.1:{Port} ({start.Output.Trim()}; see {Path.Combine(Folder, "server.log")}).";
        }
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_bin is not null && Directory.Exists(DataFolder) && Unavailable is null)
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], _runAs);
        }

        if (Folder.Length > 0)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }

    private static string? FindBinaries()
    {
        static bool Has(string folder) => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")) && File.Exists(Path.Combine(folder, "postgres"));

        try
        {
            var config = Run("pg_config", ["--bindir"], asUser: null);
            if (config.Code == 0 && Has(config.Output.Trim()))
            {
                return config.Output.Trim();
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH.
        }

        const string Debian = "/usr/lib/postgresql";
        return Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(v => Path.Combine(v, "bin"))
                .Where(Has)
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Code, string Output) Run(string file, IReadOnlyList<string> arguments, string? asUser)
    {
        var info = new ProcessStartInfo(asUser is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asUser is not null)
        {
            foreach (var a in new[] { "-u", asUser, "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        // pg_ctl start leaves postgres running with our pipes inherited: read to the end only after exit.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, (output.Wait(TimeSpan.FromSeconds(5)) ? output.Result : "") + (error.Wait(TimeSpan.FromSeconds(5)) ? error.Result : ""));
    }
}
