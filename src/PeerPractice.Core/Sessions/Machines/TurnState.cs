namespace PeerPractice.Sessions;

/// <summary>The turn-taking machine's whole state: the phase and which turn of the item.</summary>
internal struct TurnState
{
    public TurnPhase Phase;
    public int Index;

    public static TurnState None => default;
}
