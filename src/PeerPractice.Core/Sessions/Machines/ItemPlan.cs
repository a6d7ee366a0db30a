using System;

namespace PeerPractice.Sessions;

/// <summary>
/// One agenda item worked out for the session's participants at creation: who holds the floor in each
/// turn (a bit per participant, in the rotated speaking order) and the timeboxes. Precomputed so that
/// turn transitions only index arrays.
/// </summary>
internal sealed class ItemPlan
{
    public ItemPlan(ulong[] turnFloors, bool sharedFloor, bool hasResponse, TimeSpan speakTimebox, TimeSpan responseTimebox, ulong everyone)
    {
        TurnFloors = turnFloors;
        SharedFloor = sharedFloor;
        HasResponse = hasResponse;
        SpeakTimebox = speakTimebox;
        ResponseTimebox = responseTimebox;
        Everyone = everyone;
    }

    /// <summary>For each turn, the participants (bits) who hold the floor while speaking.</summary>
    public ulong[] TurnFloors { get; }

    /// <summary>True when the speaking floor is shared (open items, role items with several holders).</summary>
    public bool SharedFloor { get; }

    /// <summary>True when listeners respond after each speaking turn.</summary>
    public bool HasResponse { get; }

    public TimeSpan SpeakTimebox { get; }

    public TimeSpan ResponseTimebox { get; }

    /// <summary>Every participant's bit.</summary>
    public ulong Everyone { get; }

    public int TurnCount => TurnFloors.Length;

    /// <summary>Who holds the floor in <paramref name="turn"/>.</summary>
    public ulong Floor(TurnState turn) => turn.Phase switch
    {
        TurnPhase.Speaking or TurnPhase.OpenFloor => TurnFloors[turn.Index],
        TurnPhase.Responding => Everyone & ~TurnFloors[turn.Index],
        _ => 0UL,
    };

    /// <summary>Who listens in <paramref name="turn"/>.</summary>
    public ulong Listeners(TurnState turn) => turn.Phase == TurnPhase.None ? 0UL : Everyone & ~Floor(turn);

    /// <summary>The timebox of <paramref name="turn"/>.</summary>
    public TimeSpan Timebox(TurnState turn) => turn.Phase == TurnPhase.Responding ? ResponseTimebox : SpeakTimebox;
}
