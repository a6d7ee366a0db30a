using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation.Runners;

/// <summary>The session runs here: the library's <see cref="DurableSession"/> on the host's own store.</summary>
internal sealed class InProcessRunner(DurableSession durable) : ISessionRunner
{
    public string Id => durable.Id;

    public AgendaSession Session => durable.Session;

    public ValueTask<CommandResult> ExecuteAsync(SessionCommand command) => durable.ExecuteAsync(command);

    public ValueTask PollAsync() => durable.PollAsync();

    public ValueTask SaveClockAsync() => durable.SaveClockAsync();

    public ValueTask DisposeAsync() => durable.DisposeAsync();
}
