namespace PeerPractice.Sessions;

/// <summary>What can happen to the agenda machine.</summary>
internal enum AgendaTrigger : byte
{
    Acknowledge,
    Start,
    ItemCompleted,
    Skip,
    Back,
    Pause,
    Resume,
    Finish,
    Abandon,
}
