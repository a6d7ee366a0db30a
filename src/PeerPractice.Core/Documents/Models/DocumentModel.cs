using System;
using System.Collections.Generic;
using PeerPractice.Breakfasts;
using PeerPractice.Agendas;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>
/// The data a template sees: plain read-only script objects built here, field by field, from the
/// library's own types. Templates never see a .NET object, so they cannot reach members outside
/// this model, and private notes are left out before a template could ask for them.
/// </summary>
public sealed class DocumentModel
{
    private DocumentModel(DocumentKind kind, ScriptObject root)
    {
        Kind = kind;
        Root = root;
    }

    /// <summary>What the model was built from.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The variables a template sees at its top level.</summary>
    internal ScriptObject Root { get; }

    /// <summary>The model for the visit plan, invitation and follow-up templates.</summary>
    /// <param name="plan">The visit.</param>
    /// <param name="attribution">Whether names may appear.</param>
    /// <param name="catalog">Topics to show questions from; the built-in catalog when null.</param>
    public static DocumentModel FromVisitPlan(VisitPlan plan, Attribution attribution, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var people = new PeopleView(attribution, plan.Team, plan.HostPeople);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo(plan.Title, attribution);
        root["plan"] = VisitPlanModel.Build(plan, people, catalog ?? TopicCatalog.BuiltIn);
        return Seal(DocumentKind.VisitPlan, root);
    }

    /// <summary>The model for the reciprocal-visit invitation.</summary>
    /// <param name="pair">The first visit and its return visit.</param>
    /// <param name="attribution">Whether names may appear.</param>
    public static DocumentModel FromVisitPair(VisitPair pair, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var catalog = TopicCatalog.BuiltIn;
        var firstPeople = new PeopleView(attribution, pair.First.Team, pair.First.HostPeople);
        var returnPeople = new PeopleView(attribution, pair.Reciprocal.Team, pair.Reciprocal.HostPeople);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo(pair.Reciprocal.Title, attribution);
        root["first"] = VisitPlanModel.Build(pair.First, firstPeople, catalog);
        root["plan"] = VisitPlanModel.Build(pair.Reciprocal, returnPeople, catalog);
        return Seal(DocumentKind.VisitPair, root);
    }

    /// <summary>The model for the agenda handout; any agenda will do.</summary>
    /// <param name="agenda">The agenda.</param>
    public static DocumentModel FromAgenda(AgendaDefinition agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo(agenda.Title, Attribution.Attributed);
        root["agenda"] = AgendaModel.Build(agenda);
        return Seal(DocumentKind.Agenda, root);
    }

    /// <summary>The model for the session summary: shareable notes and action items only.</summary>
    /// <param name="record">The finished session.</param>
    /// <param name="attribution">Whether names may appear.</param>
    public static DocumentModel FromSession(SessionRecord record, Attribution attribution)
    {
        ArgumentNullException.ThrowIfNull(record);
        var people = new PeopleView(attribution, record.Participants);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo(record.Agenda.Title, attribution);
        root["agenda"] = AgendaModel.Build(record.Agenda);
        root["session"] = SessionModel.Build(record, people);
        return Seal(DocumentKind.Session, root);
    }

    /// <summary>The model for the message to one side of an introduction: the peer's public profile fields and the non-confidential reasons.</summary>
    /// <param name="letter">The introduction, its recipient and the peer.</param>
    public static DocumentModel FromIntroduction(IntroductionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo("An introduction: " + letter.Peer.Name, Attribution.Attributed);
        root["intro"] = IntroductionModel.Build(letter);
        return Seal(DocumentKind.Introduction, root);
    }

    /// <summary>The model for a breakfast invitation: the event, its topics, and who is invited (names, titles, organizations).</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="invitees">The invitees' profiles, in invitation order.</param>
    /// <param name="catalog">Topics to show titles and questions from; the built-in catalog when null.</param>
    public static DocumentModel FromBreakfast(BreakfastEvent breakfast, IReadOnlyList<MemberProfile> invitees, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        ArgumentNullException.ThrowIfNull(invitees);
        var root = ModelValues.Object();
        root["doc"] = ModelValues.DocumentInfo(breakfast.Title, Attribution.Attributed);
        root["breakfast"] = BreakfastModel.Build(breakfast, invitees, catalog ?? TopicCatalog.BuiltIn);
        return Seal(DocumentKind.Breakfast, root);
    }

    private static DocumentModel Seal(DocumentKind kind, ScriptObject root)
    {
        // Read-only all the way down: a cached model can be rendered by many templates, and one
        // template's assignments must never leak into the next render.
        ModelValues.Freeze(root);
        return new DocumentModel(kind, root);
    }
}
