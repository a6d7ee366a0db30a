namespace PeerPractice.Documents;

/// <summary>What a document renders from; each built-in template expects one kind.</summary>
public enum DocumentKind
{
    /// <summary>A <see cref="Visits.VisitPlan"/>: the plan, invitation and follow-up.</summary>
    VisitPlan,

    /// <summary>A <see cref="Visits.VisitPair"/>: the reciprocal-visit invitation.</summary>
    VisitPair,

    /// <summary>An <see cref="Agendas.AgendaDefinition"/>: the handout.</summary>
    Agenda,

    /// <summary>A <see cref="Sessions.SessionRecord"/>: the summary.</summary>
    Session,

    /// <summary>A <see cref="Matching.IntroductionLetter"/>: the message to one side of an introduction.</summary>
    Introduction,

    /// <summary>A <see cref="Breakfasts.BreakfastEvent"/> with its invitees: the breakfast invitation.</summary>
    Breakfast,
}
