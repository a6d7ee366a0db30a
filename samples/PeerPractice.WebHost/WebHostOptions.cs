namespace PeerPractice.WebHost;

/// <summary>The web host's own settings (section <c>PeerPractice:Web</c>); the cluster's are <c>PeerPractice:Cluster</c>.</summary>
public sealed class WebHostOptions
{
    public const string Section = "PeerPractice:Web";

    /// <summary>Where the embedded default keeps its SQLite file, the note key and the organiser credential's hash.</summary>
    public string DataFolder { get; set; } = "peerpractice-data";

    /// <summary>An organiser credential given by configuration (its hash is what is compared); when empty, one is generated on the first run.</summary>
    public string? OrganiserKey { get; set; }

    /// <summary>The longest note or action item accepted, in characters.</summary>
    public int MaxNoteLength { get; set; } = 2000;

    /// <summary>The largest upload (an agenda or a members file), in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 256 * 1024;

    /// <summary>Commands a participant may send per minute (the rate limiter's window).</summary>
    public int CommandsPerMinute { get; set; } = 60;

    /// <summary>The most participants a session created here takes.</summary>
    public int MaxParticipants { get; set; } = 12;
}
