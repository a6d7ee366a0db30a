namespace PeerPractice.Sessions;

/// <summary>
/// The turn-taking machine inside one item: speaking (or an open floor), then the listeners'
/// response when the item has one, then the next speaker, until the item is done.
/// </summary>
internal static class TurnMachine
{
    /// <summary>The first turn of an item.</summary>
    public static TurnState Enter(ItemPlan plan) => new() { Phase = SpeakingPhase(plan), Index = 0 };

    /// <summary>Ends the current turn. Returns false when that was the item's last turn (the item is done).</summary>
    public static bool Next(ref TurnState turn, ItemPlan plan)
    {
        switch (turn.Phase)
        {
            case TurnPhase.Speaking or TurnPhase.OpenFloor:
                if (plan.HasResponse && (plan.Everyone & ~plan.TurnFloors[turn.Index]) != 0)
                {
                    turn.Phase = TurnPhase.Responding;
                    return true;
                }

                return Advance(ref turn, plan);
            case TurnPhase.Responding:
                return Advance(ref turn, plan);
            default:
                return false;
        }
    }

    private static bool Advance(ref TurnState turn, ItemPlan plan)
    {
        if (turn.Index + 1 >= plan.TurnCount)
        {
            turn = TurnState.None;
            return false;
        }

        turn.Index++;
        turn.Phase = SpeakingPhase(plan);
        return true;
    }

    private static TurnPhase SpeakingPhase(ItemPlan plan) => plan.SharedFloor ? TurnPhase.OpenFloor : TurnPhase.Speaking;
}
