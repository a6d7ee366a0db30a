namespace PeerPractice.Sessions;

/// <summary>
/// The agenda machine: not started, agreements pending, in an item, wrap-up, finished, abandoned,
/// with pause over the running phases. A plain switch over a struct so a transition never allocates.
/// </summary>
internal static class AgendaMachine
{
    /// <summary>Applies <paramref name="trigger"/> to <paramref name="position"/> unless refused; a refusal leaves it untouched.</summary>
    /// <param name="position">The state, changed only on success.</param>
    /// <param name="trigger">What happened.</param>
    /// <param name="itemCount">How many items the agenda has.</param>
    /// <param name="allAcknowledged">Whether every participant has acknowledged every agreement (guards Start).</param>
    public static Refusal Fire(ref AgendaPosition position, AgendaTrigger trigger, int itemCount, bool allAcknowledged)
    {
        if (position.IsTerminal)
        {
            return Refusal.Terminal;
        }

        if (trigger == AgendaTrigger.Abandon)
        {
            position.Phase = AgendaPhase.Abandoned;
            position.Paused = false;
            position.ItemIndex = -1;
            return Refusal.None;
        }

        if (position.Paused)
        {
            // Paused over any running phase: only resume (or abandon, above) moves it.
            if (trigger != AgendaTrigger.Resume)
            {
                return trigger == AgendaTrigger.Pause ? Refusal.AlreadyPaused : Refusal.Paused;
            }

            position.Paused = false;
            return Refusal.None;
        }

        switch (position.Phase, trigger)
        {
            case (AgendaPhase.NotStarted or AgendaPhase.AgreementsPending, AgendaTrigger.Acknowledge):
                position.Phase = AgendaPhase.AgreementsPending;
                return Refusal.None;
            case (AgendaPhase.NotStarted or AgendaPhase.AgreementsPending, AgendaTrigger.Start):
                if (!allAcknowledged)
                {
                    return Refusal.AgreementMissing;
                }

                return EnterItem(ref position, 0, itemCount);
            case (AgendaPhase.InItem, AgendaTrigger.ItemCompleted or AgendaTrigger.Skip):
                return EnterItem(ref position, position.ItemIndex + 1, itemCount);
            case (AgendaPhase.InItem, AgendaTrigger.Back):
                return position.ItemIndex == 0 ? Refusal.NoItemBefore : EnterItem(ref position, position.ItemIndex - 1, itemCount);
            case (AgendaPhase.WrapUp, AgendaTrigger.Back):
                return EnterItem(ref position, itemCount - 1, itemCount);
            case (AgendaPhase.InItem or AgendaPhase.WrapUp, AgendaTrigger.Finish):
                position.Phase = AgendaPhase.Finished;
                position.ItemIndex = -1;
                return Refusal.None;
            case (AgendaPhase.AgreementsPending or AgendaPhase.InItem or AgendaPhase.WrapUp, AgendaTrigger.Pause):
                position.Paused = true;
                return Refusal.None;
            case (_, AgendaTrigger.Resume):
                return Refusal.NotPaused;
            default:
                return Refusal.NotNow;
        }
    }

    private static Refusal EnterItem(ref AgendaPosition position, int index, int itemCount)
    {
        if (index >= itemCount)
        {
            position.Phase = AgendaPhase.WrapUp;
            position.ItemIndex = -1;
        }
        else
        {
            position.Phase = AgendaPhase.InItem;
            position.ItemIndex = index;
        }

        return Refusal.None;
    }
}
