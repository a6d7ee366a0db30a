using System;

namespace PeerPractice;

/// <summary>Options of <c>services.AddPeerPractice(...)</c>, read through <c>IOptions&lt;PeerPracticeOptions&gt;</c>.</summary>
public sealed class PeerPracticeOptions
{
    /// <summary>
    /// The private-note key file; null for <see cref="Sessions.NoteKeyFile.DefaultPath"/> (the user's
    /// configuration folder, never beside the database). Ignored when <see cref="NoteKeyEnvironmentVariable"/>
    /// is set, or when the app registers its own <see cref="Sessions.INoteKeyProvider"/>.
    /// </summary>
    public string? NoteKeyFile { get; set; }

    /// <summary>Take the note key from this environment variable (base64) instead of a file.</summary>
    public string? NoteKeyEnvironmentVariable { get; set; }

    /// <summary>A store command slower than this is logged as a warning (a slow disk shows up in the logs). Default 250 ms.</summary>
    public TimeSpan SlowCommandThreshold { get; set; } = TimeSpan.FromMilliseconds(250);
}
