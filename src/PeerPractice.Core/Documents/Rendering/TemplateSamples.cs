using System.Collections.Generic;
using PeerPractice.Agendas;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Documents;

/// <summary>
/// The data templates are tried on: one of each kind a built-in template renders. The library ships
/// no sample data; a host passes its own (the repository's <c>PeerPractice.Samples</c> project has one)
/// to <see cref="TemplateChecker"/> and to previews. Give every sample a private note: the checker
/// reports any output that contains one.
/// </summary>
/// <param name="VisitPlan">For the visit plan, invitation and handout templates of a visit.</param>
/// <param name="VisitPair">For the reciprocal invitation.</param>
/// <param name="Agenda">For the agenda handouts.</param>
/// <param name="Session">For the summary and follow-up.</param>
public sealed record TemplateSamples(VisitPlan VisitPlan, VisitPair VisitPair, AgendaDefinition Agenda, SessionRecord Session)
{
    /// <summary>For the introduction message; when null, the introduction template is not tried.</summary>
    public Matching.IntroductionLetter? Introduction { get; init; }

    /// <summary>For the breakfast invitation; when null, breakfast templates are not tried.</summary>
    public Breakfasts.BreakfastEvent? Breakfast { get; init; }

    /// <summary>The profiles of <see cref="Breakfast"/>'s invitees, in invitation order.</summary>
    public IReadOnlyList<Matching.MemberProfile> BreakfastInvitees { get; init; } = [];

    /// <summary>The model for a built-in template name, or null for an unknown name.</summary>
    /// <param name="templateName">A built-in template name.</param>
    /// <param name="attribution">Whether names may appear.</param>
    public DocumentModel? ModelFor(string templateName, Attribution attribution) =>
        BuiltInTemplates.KindOf(templateName) is { } kind ? ModelFor(kind, attribution) : null;

    /// <summary>The sample model for a document kind.</summary>
    /// <param name="kind">The document kind.</param>
    /// <param name="attribution">Whether names may appear.</param>
    public DocumentModel? ModelFor(DocumentKind kind, Attribution attribution) => kind switch
    {
        DocumentKind.VisitPlan => DocumentModel.FromVisitPlan(VisitPlan, attribution),
        DocumentKind.VisitPair => DocumentModel.FromVisitPair(VisitPair, attribution),
        DocumentKind.Agenda => DocumentModel.FromAgenda(Agenda),
        DocumentKind.Session => DocumentModel.FromSession(Session, attribution),
        DocumentKind.Introduction when Introduction is not null => DocumentModel.FromIntroduction(Introduction),
        DocumentKind.Breakfast when Breakfast is not null => DocumentModel.FromBreakfast(Breakfast, BreakfastInvitees),
        _ => null,
    };

    /// <summary>The text of every private note in the samples: none may appear in any output.</summary>
    internal IEnumerable<string> PrivateNoteTexts()
    {
        foreach (var notes in (IEnumerable<Collections.ValueArray<SessionNote>>)[VisitPlan.Notes, VisitPair.First.Notes, VisitPair.Reciprocal.Notes, Session.Notes])
        {
            foreach (var note in notes)
            {
                if (note.Visibility == NoteVisibility.Private)
                {
                    yield return note.Text;
                }
            }
        }
    }
}
