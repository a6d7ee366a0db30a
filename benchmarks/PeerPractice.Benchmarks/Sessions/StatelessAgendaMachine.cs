using PeerPractice.Sessions;
using Stateless;

namespace PeerPractice.Benchmarks.Sessions;

/// <summary>
/// The agenda machine as a .NET developer would build it on Stateless 5.20.1: the same phases, the
/// same triggers and guards (acknowledgements before start, more items or the last one, no going
/// back before the first), the paused state over an item, and the item index kept beside it.
/// </summary>
internal sealed class StatelessAgendaMachine
{
    public enum Trigger
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

    public enum State
    {
        NotStarted,
        AgreementsPending,
        InItem,
        InItemPaused,
        WrapUp,
        WrapUpPaused,
        Finished,
        Abandoned,
    }

    private readonly StateMachine<State, Trigger> _machine;
    private readonly int _itemCount;

    public StatelessAgendaMachine(int itemCount)
    {
        _itemCount = itemCount;
        _machine = new StateMachine<State, Trigger>(State.NotStarted);
        _machine.Configure(State.NotStarted)
            .Permit(Trigger.Acknowledge, State.AgreementsPending)
            .PermitIf(Trigger.Start, State.InItem, () => AllAcknowledged)
            .Permit(Trigger.Abandon, State.Abandoned);
        _machine.Configure(State.AgreementsPending)
            .PermitReentry(Trigger.Acknowledge)
            .PermitIf(Trigger.Start, State.InItem, () => AllAcknowledged)
            .Permit(Trigger.Abandon, State.Abandoned);
        _machine.Configure(State.InItem)
            .OnEntryFrom(Trigger.Start, () => ItemIndex = 0)
            .OnEntryFrom(Trigger.ItemCompleted, () => ItemIndex++)
            .OnEntryFrom(Trigger.Skip, () => ItemIndex++)
            .OnEntryFrom(Trigger.Back, () => ItemIndex--)
            .PermitReentryIf(Trigger.ItemCompleted, () => ItemIndex + 1 < _itemCount)
            .PermitIf(Trigger.ItemCompleted, State.WrapUp, () => ItemIndex + 1 >= _itemCount)
            .PermitReentryIf(Trigger.Skip, () => ItemIndex + 1 < _itemCount)
            .PermitIf(Trigger.Skip, State.WrapUp, () => ItemIndex + 1 >= _itemCount)
            .PermitReentryIf(Trigger.Back, () => ItemIndex > 0)
            .Permit(Trigger.Pause, State.InItemPaused)
            .Permit(Trigger.Finish, State.Finished)
            .Permit(Trigger.Abandon, State.Abandoned);
        _machine.Configure(State.InItemPaused)
            .Permit(Trigger.Resume, State.InItem)
            .Permit(Trigger.Abandon, State.Abandoned);
        _machine.Configure(State.WrapUp)
            .Permit(Trigger.Back, State.InItem)
            .Permit(Trigger.Pause, State.WrapUpPaused)
            .Permit(Trigger.Finish, State.Finished)
            .Permit(Trigger.Abandon, State.Abandoned);
        _machine.Configure(State.WrapUpPaused)
            .Permit(Trigger.Resume, State.WrapUp)
            .Permit(Trigger.Abandon, State.Abandoned);
    }

    public bool AllAcknowledged { get; set; } = true;

    public int ItemIndex { get; private set; } = -1;

    public State Current => _machine.State;

    public void Fire(Trigger trigger) => _machine.Fire(trigger);

    public AgendaPhase Phase => Current switch
    {
        State.InItem or State.InItemPaused => AgendaPhase.InItem,
        State.WrapUp or State.WrapUpPaused => AgendaPhase.WrapUp,
        State.NotStarted => AgendaPhase.NotStarted,
        State.AgreementsPending => AgendaPhase.AgreementsPending,
        State.Finished => AgendaPhase.Finished,
        _ => AgendaPhase.Abandoned,
    };
}
