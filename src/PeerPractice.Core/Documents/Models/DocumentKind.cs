namespace PeerPractice.Documents.Models;

/// <summary>What a document renders from; each built-in template expects one kind.</summary>
public enum DocumentKind
{
    /// <summary>A <see cref="Visits.Plans.VisitPlan"/>: the plan, invitation and follow-up.</summary>
    VisitPlan,

    /// <summary>A <see cref="Visits.Plans.VisitPair"/>: the reciprocal-visit invitation.</summary>
    VisitPair,

    /// <summary>An <see cref="Agendas.AgendaDefinition"/>: the handout.</summary>
    Agenda,

    /// <summary>A <see cref="FinishedSession"/>: the summary.</summary>
    Session,
}
