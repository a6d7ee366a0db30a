namespace PeerPractice.Orleans;

/// <summary>
/// Where a PeerPractice cluster keeps its state and how its silos find each other. With no
/// <see cref="PostgreSqlConnectionString"/>: one silo, localhost clustering, the SQLite store at
/// <see cref="SqlitePath"/> (nothing to install). With one: any number of silos, Orleans' ADO.NET
/// clustering and the PeerPractice store on the same PostgreSQL database.
/// </summary>
public sealed class PeerPracticeClusterOptions
{
    /// <summary>The configuration section these options bind from (<c>PeerPractice:Cluster</c>).</summary>
    public const string Section = "PeerPractice:Cluster";

    /// <summary>The shared PostgreSQL database (scale-out), or null for the embedded default.</summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>The SQLite file of the embedded default.</summary>
    public string SqlitePath { get; set; } = "peerpractice.db";

    /// <summary>Orleans' cluster id: silos with the same one form a cluster.</summary>
    public string ClusterId { get; set; } = "peerpractice";

    /// <summary>Orleans' service id: stays the same across deployments.</summary>
    public string ServiceId { get; set; } = "peerpractice";

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The path of the private-note key file (every silo needs the same key); the library's default when null.</summary>
    public string? NoteKeyFile { get; set; }
}
