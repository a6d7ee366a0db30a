using System.Threading.Tasks;
using Orleans;

namespace PeerPractice.Orleans;

/// <summary>
/// The session grain's clock, for a host that moves the session's time itself (a scripted or rehearsal
/// clock, given as <see cref="SessionGrainOptions.Clock"/>): the same activation as
/// <see cref="ISessionGrain"/> with the same key. Live sessions need none of it: their timer does this.
/// </summary>
public interface ISessionClockGrain : IGrainWithStringKey
{
    /// <summary>Raises the warnings and expiries due on the session's clock now, as its timer would, and stores them before returning.</summary>
    /// <returns>The events raised (none when nothing was due), or <see cref="SessionRefusal.UnknownSession"/>.</returns>
    Task<SessionReply> Poll();
}
