namespace PeerPractice.ConsoleHost.Commands.Watching;

/// <summary>
/// Tells <c>render --watch</c> that something it renders from has changed. The shipped source watches
/// files (<see cref="FileChangeSource"/>); tests drive the loop with their own.
/// </summary>
internal interface IChangeSource : IDisposable
{
    /// <summary>
    /// Waits for the next change and returns the path that changed (the last of a burst: an editor's
    /// save is often several events, and counts once).
    /// </summary>
    /// <param name="cancellationToken">Ends the wait (Ctrl+C).</param>
    ValueTask<string> NextAsync(CancellationToken cancellationToken);
}
