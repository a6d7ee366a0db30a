namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// The bounds on what a facilitator types. Notes and action items have the library's own limits
/// (<see cref="PeerPractice.Sessions.SessionLimits"/>); these are the host's, for its command lines.
/// </summary>
internal static class ScriptLimits
{
    /// <summary>The longest command line read; a longer one is refused whole (and never held whole in memory).</summary>
    public const int MaxLineLength = 8192;

    /// <summary>How much of a bad line or value an error message quotes.</summary>
    public const int QuoteLength = 60;

    /// <summary>The longest single <c>wait</c>.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(24);

    /// <summary>The longest single <c>extend</c>.</summary>
    public static readonly TimeSpan MaxExtension = TimeSpan.FromHours(4);

    /// <summary><paramref name="text"/> cut to <see cref="QuoteLength"/> characters, marked when cut.</summary>
    public static string Quote(string text) =>
        text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength), "… (", text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), " characters)");
}
