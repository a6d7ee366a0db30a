namespace PeerPractice.Sessions;

/// <summary>
/// The outcome of a <c>TryX</c> command: accepted, or refused with a sentence that says why and
/// names the person or rule. A struct, so an accepted command allocates nothing for its result.
/// </summary>
/// <param name="Accepted">True when the command changed the session.</param>
/// <param name="Reason">Why it was refused, such as "cannot start: Alex has not acknowledged confidentiality"; null when accepted.</param>
public readonly record struct CommandResult(bool Accepted, string? Reason)
{
    /// <summary>An accepted command.</summary>
    public static CommandResult Ok => new(true, null);

    /// <summary>A refused command.</summary>
    /// <param name="reason">Why, naming the person or rule.</param>
    public static CommandResult Refused(string reason) => new(false, reason);

    /// <summary>Throws <see cref="SessionCommandException"/> when refused.</summary>
    public void ThrowIfRefused()
    {
        if (!Accepted)
        {
            throw new SessionCommandException(Reason ?? "The command was refused.");
        }
    }
}
