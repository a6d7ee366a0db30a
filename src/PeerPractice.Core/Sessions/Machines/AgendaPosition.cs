namespace PeerPractice.Sessions;

/// <summary>The agenda machine's whole state: a phase, the paused flag over it, and the current item.</summary>
internal record struct AgendaPosition
{
    public AgendaPhase Phase;
    public bool Paused;
    public int ItemIndex;

    public static AgendaPosition Initial => new() { Phase = AgendaPhase.NotStarted, ItemIndex = -1 };

    public readonly bool IsTerminal => Phase is AgendaPhase.Finished or AgendaPhase.Abandoned;
}
