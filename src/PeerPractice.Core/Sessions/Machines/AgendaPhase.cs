namespace PeerPractice.Sessions;

/// <summary>Where a session is in its agenda. A session can also be paused over the running phases (see <see cref="AgendaSession.IsPaused"/>).</summary>
public enum AgendaPhase
{
    /// <summary>Created; nobody has acknowledged anything yet.</summary>
    NotStarted,

    /// <summary>Agreements are being acknowledged; the first item has not begun.</summary>
    AgreementsPending,

    /// <summary>Running an agenda item (see <see cref="AgendaSession.CurrentItemIndex"/>).</summary>
    InItem,

    /// <summary>All items are behind; action items and the next meeting are being agreed.</summary>
    WrapUp,

    /// <summary>Closed normally. Terminal.</summary>
    Finished,

    /// <summary>Closed early and on purpose. Terminal.</summary>
    Abandoned,
}
